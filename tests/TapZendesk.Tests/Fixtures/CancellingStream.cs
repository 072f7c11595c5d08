using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>Stdout that interrupts the run (as Ctrl-C would) once it has taken a number of lines, and keeps taking what follows.</summary>
internal sealed class CancellingStream(long lines, CancellationTokenSource interrupt) : WriteOnlyStream
{
    private readonly MemoryStream _taken = new();
    private long _lines;

    public byte[] Taken => _taken.ToArray();

    public override long Length => _taken.Length;

    public override long Position
    {
        get => _taken.Length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _taken.Write(buffer);
        _lines += buffer.Count((byte)'\n');
        if (_lines >= lines && !interrupt.IsCancellationRequested)
        {
            interrupt.Cancel();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _taken.Dispose();
        }

        base.Dispose(disposing);
    }
}
