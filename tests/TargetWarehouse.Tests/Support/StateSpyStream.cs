using System.Text;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>
/// Stands in for stdout and, the moment a STATE line is written, asks the engine (on a connection of
/// its own) how many rows the table holds, so a test can see what was committed before each STATE.
/// </summary>
internal sealed class StateSpyStream(Func<long> countRows) : Stream
{
    private readonly StringBuilder _pending = new();

    public List<(string Line, long RowsCommitted)> Lines { get; } = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Append(Encoding.UTF8.GetString(buffer));
        var text = _pending.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return;
        }

        foreach (var line in text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Lines.Add((line, countRows()));
        }

        _pending.Clear().Append(text[(end + 1)..]);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
