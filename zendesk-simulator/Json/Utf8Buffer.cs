using System.Buffers.Text;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Json;

/// <summary>Composes a short UTF-8 value (a url, an email, a code) in a caller's stack buffer, so writing it allocates nothing.</summary>
internal ref struct Utf8Buffer(Span<byte> into)
{
    private readonly Span<byte> _into = into;
    private int _length;

    public readonly ReadOnlySpan<byte> Written => _into[.._length];

    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_into[_length..]);
        _length += bytes.Length;
    }

    public void AppendByte(byte c)
    {
        _into[_length++] = c;
    }

    public void AppendNumber(long number)
    {
        Utf8Formatter.TryFormat(number, _into[_length..], out var written);
        _length += written;
    }

    /// <summary>Appends <paramref name="number"/> zero-padded to <paramref name="digits"/> digits.</summary>
    public void AppendNumber(long number, byte digits)
    {
        Utf8Formatter.TryFormat(number, _into[_length..], out var written, new System.Buffers.StandardFormat('D', digits));
        _length += written;
    }

    public void AppendDate(long seconds)
    {
        _length += Epoch.FormatDate(seconds, _into[_length..]);
    }
}
