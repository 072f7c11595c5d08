using System.Buffers;

namespace Zendesk.Singer.Bench.Target;

/// <summary>A reusable in-memory target for Utf8JsonWriter.</summary>
internal sealed class ArrayBufferWriterStream : IBufferWriter<byte>
{
    private readonly ArrayBufferWriter<byte> _inner = new(4096);

    public ReadOnlySpan<byte> Written => _inner.WrittenSpan;

    public void Reset() => _inner.ResetWrittenCount();

    public void Advance(int count) => _inner.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0) => _inner.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _inner.GetSpan(sizeHint);
}
