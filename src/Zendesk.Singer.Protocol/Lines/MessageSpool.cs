namespace Zendesk.Singer.Protocol.Lines;

/// <summary>
/// Messages held back until the STATE that covers them is ready: in memory up to a limit, then in a
/// temporary file that is deleted when the spool is disposed, so memory stays bounded however much
/// one checkpoint covers. Written to by one <see cref="SingerWriter"/>, emptied by another.
/// </summary>
internal sealed class MessageSpool(int memoryLimit = MessageSpool.DefaultMemoryLimit) : WriteOnlyStream
{
    public const int DefaultMemoryLimit = 8 << 20;

    private readonly MemoryStream _memory = new();
    private FileStream? _file;
    private long _fileBytes;

    /// <summary>The bytes held.</summary>
    public long Count => _memory.Length + _fileBytes;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // Once the file is in use everything goes there, so that the order of the messages is kept.
        if (_fileBytes == 0 && _memory.Length + buffer.Length <= memoryLimit)
        {
            _memory.Write(buffer);
            return;
        }

        _file ??= new FileStream(
            Path.Combine(Path.GetTempPath(), $"singer-spool-{Guid.NewGuid():N}.jsonl"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 1 << 16,
            FileOptions.DeleteOnClose);
        _file.Write(buffer);
        _fileBytes += buffer.Length;
    }

    /// <summary>Copies what is held to <paramref name="output"/>, in the order written, and empties the spool.</summary>
    public void MoveTo(Stream output)
    {
        if (_memory.Length > 0)
        {
            output.Write(_memory.GetBuffer().AsSpan(0, (int)_memory.Length));
        }

        if (_file is not null && _fileBytes > 0)
        {
            _file.Flush();
            _file.Position = 0;
            _file.CopyTo(output);
        }

        Clear();
    }

    /// <summary>Forgets what is held.</summary>
    public void Clear()
    {
        _memory.SetLength(0);
        if (_file is not null)
        {
            _file.SetLength(0);
            _file.Position = 0;
        }

        _fileBytes = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _memory.Dispose();
            _file?.Dispose();
        }

        base.Dispose(disposing);
    }
}
