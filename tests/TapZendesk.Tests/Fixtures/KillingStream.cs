using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>
/// Stdout for a tap that is killed after a number of lines: it keeps the lines written before that
/// point, and the write that crosses it fails as a closed pipe would. What a downstream target would
/// have received is exactly <see cref="Accepted"/>.
/// </summary>
internal sealed class KillingStream(long lines) : WriteOnlyStream
{
    private readonly MemoryStream _accepted = new();
    private long _lines;

    public bool Killed { get; private set; }

    public byte[] Accepted => _accepted.ToArray();

    public override long Length => _accepted.Length;

    public override long Position
    {
        get => _accepted.Length;
        set => throw new NotSupportedException();
    }

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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _accepted.Dispose();
        }

        base.Dispose(disposing);
    }
}
