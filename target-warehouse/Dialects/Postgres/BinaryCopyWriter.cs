using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>
/// PostgreSQL's binary COPY format, written into a buffer that is handed to the COPY stream in
/// large pieces: the header, rows of length-prefixed fields in each type's binary form, the trailer.
/// Binary COPY carries no types: the server reads each field by its column's type.
/// </summary>
internal sealed class BinaryCopyWriter(Stream copy) : IDisposable
{
    /// <summary>"PGCOPY\n", 0xFF, "\r\n", NUL, then no flags and no header extension.</summary>
    private static readonly byte[] Header = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

    private const int FlushAt = 1 << 18;

    /// <summary>PostgreSQL counts timestamps and dates from 2000-01-01.</summary>
    private static readonly long EpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private static readonly int EpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushAt + (1 << 16));
    private int _used;

    /// <summary>Whether enough is buffered to be sent.</summary>
    public bool IsFull => _used >= FlushAt;

    public void WriteHeader() => Header.CopyTo(Span(Header.Length));

    public void StartRow(int fields) => BinaryPrimitives.WriteInt16BigEndian(Span(2), (short)fields);

    public void Null() => BinaryPrimitives.WriteInt32BigEndian(Span(4), -1);

    public void Int32(int value)
    {
        var span = Span(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value);
    }

    public void Int64(long value)
    {
        var span = Span(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], value);
    }

    public void Float64(double value) => Int64(BitConverter.DoubleToInt64Bits(value));

    public void Boolean(bool value)
    {
        var span = Span(5);
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        span[4] = value ? (byte)1 : (byte)0;
    }

    /// <summary>A timestamptz: microseconds since 2000-01-01 UTC; the largest and smallest date-times are infinity, as Npgsql sends them.</summary>
    public void Timestamp(DateTime value) => Int64(
        value == DateTime.MaxValue ? long.MaxValue
        : value == DateTime.MinValue ? long.MinValue
        : (value.Ticks - EpochTicks) / TimeSpan.TicksPerMicrosecond);

    /// <summary>A date: days since 2000-01-01; the largest and smallest dates are infinity, as Npgsql sends them.</summary>
    public void Date(DateOnly value) => Int32(
        value == DateOnly.MaxValue ? int.MaxValue
        : value == DateOnly.MinValue ? int.MinValue
        : value.DayNumber - EpochDay);

    /// <summary>Text's binary form is its UTF-8.</summary>
    public void Text(ReadOnlySpan<byte> utf8) => Bytes(utf8, null);

    /// <summary>jsonb's binary form is a version byte (1) and then the JSON text.</summary>
    public void Jsonb(ReadOnlySpan<byte> json) => Bytes(json, 1);

    /// <summary>
    /// A numeric: its digits in groups of four (base 10,000) around the decimal point, the weight of
    /// the first group, the sign and the number of decimal digits.
    /// </summary>
    public void Numeric(decimal value)
    {
        var scale = value.Scale;
        var text = Math.Abs(value).ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        whole = whole.TrimStart('0');
        whole = new string('0', (4 - (whole.Length % 4)) % 4) + whole;
        fraction += new string('0', (4 - (fraction.Length % 4)) % 4);
        var groups = new List<short>();
        for (var i = 0; i < whole.Length; i += 4)
        {
            groups.Add(short.Parse(whole.AsSpan(i, 4), CultureInfo.InvariantCulture));
        }

        var weight = groups.Count - 1;
        for (var i = 0; i < fraction.Length; i += 4)
        {
            groups.Add(short.Parse(fraction.AsSpan(i, 4), CultureInfo.InvariantCulture));
        }

        // Zero groups at either end carry nothing: the weight places the rest.
        var first = groups.FindIndex(g => g != 0);
        if (first < 0)
        {
            groups.Clear();
            weight = 0;
        }
        else
        {
            weight -= first;
            groups.RemoveRange(0, first);
            var last = groups.FindLastIndex(g => g != 0);
            groups.RemoveRange(last + 1, groups.Count - last - 1);
        }

        var span = Span(4 + 8 + (2 * groups.Count));
        BinaryPrimitives.WriteInt32BigEndian(span, 8 + (2 * groups.Count));
        BinaryPrimitives.WriteInt16BigEndian(span[4..], (short)groups.Count);
        BinaryPrimitives.WriteInt16BigEndian(span[6..], (short)weight);
        BinaryPrimitives.WriteInt16BigEndian(span[8..], value < 0 && groups.Count > 0 ? (short)0x4000 : (short)0);
        BinaryPrimitives.WriteInt16BigEndian(span[10..], (short)scale);
        for (var i = 0; i < groups.Count; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(span[(12 + (2 * i))..], groups[i]);
        }
    }

    public void WriteTrailer() => BinaryPrimitives.WriteInt16BigEndian(Span(2), -1);

    /// <summary>Sends what is buffered.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await copy.WriteAsync(_buffer.AsMemory(0, _used), cancellationToken);
        _used = 0;
    }

    /// <inheritdoc cref="FlushAsync"/>
    public void Flush()
    {
        copy.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Bytes(ReadOnlySpan<byte> value, byte? version)
    {
        var prefix = version is null ? 0 : 1;
        var span = Span(4 + prefix + value.Length);
        BinaryPrimitives.WriteInt32BigEndian(span, prefix + value.Length);
        if (version is { } v)
        {
            span[4] = v;
        }

        value.CopyTo(span[(4 + prefix)..]);
    }

    /// <summary>Room for <paramref name="length"/> more bytes, taken.</summary>
    private Span<byte> Span(int length)
    {
        if (_used + length > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _used + length));
            _buffer.AsSpan(0, _used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var span = _buffer.AsSpan(_used, length);
        _used += length;
        return span;
    }
}
