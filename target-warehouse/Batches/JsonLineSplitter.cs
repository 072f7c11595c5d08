namespace Zendesk.Singer.Target.Batches;

/// <summary>Splits a stream of JSON lines into lines without copying them, however long a line is.</summary>
internal sealed class JsonLineSplitter(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>The next line without its line break, valid until the next call; false at the end of the stream.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = TrimReturn(_buffer.AsSpan(_start, newline));
                _start += newline + 1;
                return true;
            }

            if (_ended)
            {
                line = TrimReturn(_buffer.AsSpan(_start, _end - _start));
                var any = _end > _start;
                _start = _end;
                return any;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _ended = read == 0;
    }

    private static ReadOnlySpan<byte> TrimReturn(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
}
