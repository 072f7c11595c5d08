namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>
/// Stdout for a tap that is killed after a number of lines: it keeps the lines written before that
/// point, and the write that crosses it fails as a closed pipe would. What a downstream target would
/// have received is exactly <see cref="Accepted"/>.
/// </summary>
internal sealed class KillingStream(long lines) : Stream
{
    private readonly MemoryStream _accepted = new();
    private long _lines;

    public bool Killed { get; private set; }

    public byte[] Accepted => _accepted.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _accepted.Length;

    public override long Position
    {
        get => _accepted.Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Killed)
        {
            throw new IOException("the pipe is closed");
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] == (byte)'\n' && ++_lines >= lines)
            {
                _accepted.Write(buffer[..(i + 1)]);
                Killed = true;
                throw new IOException("the pipe is closed");
            }
        }

        _accepted.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _accepted.Dispose();
        }

        base.Dispose(disposing);
    }
}
