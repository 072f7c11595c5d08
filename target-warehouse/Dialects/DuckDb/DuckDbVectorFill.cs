using DuckDB.NET.Native;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Copies batch values into one vector of a DuckDB data chunk, in the layouts of DuckDB's C API:
/// BIGINT as int64, DOUBLE, DECIMAL(38,s) as a 128-bit integer scaled by 10^s, BOOLEAN as one
/// byte, TIMESTAMP WITH TIME ZONE as microseconds since the epoch, DATE as days since the epoch,
/// and text as 16-byte string_t entries.
/// </summary>
internal static unsafe class DuckDbVectorFill
{
    private const int InlineLength = 12;
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;
    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private static readonly Int128[] PowersOfTen = Powers();

    /// <param name="rows">The batch rows to take, or null for the batch's own order.</param>
    /// <param name="start">The first entry of <paramref name="rows"/> (or the first batch row) that goes into this chunk.</param>
    public static void Fill(IntPtr vector, DuckDbChunkColumn column, int[]? rows, int start, int count)
    {
        var data = NativeMethods.Vectors.DuckDBVectorGetData(vector);
        if (column.IsOrdinal)
        {
            var target = (long*)data;
            for (var i = 0; i < count; i++)
            {
                target[i] = Row(rows, start + i);
            }

            return;
        }

        switch (column.Source)
        {
            case null:
                AllNull(vector, count);
                break;
            case ValueBuffer<long> b:
                Copy<long, long, Same<long>>(vector, b, (long*)data, rows, start, count);
                break;
            case ValueBuffer<double> b:
                Copy<double, double, Same<double>>(vector, b, (double*)data, rows, start, count);
                break;
            case ValueBuffer<bool> b:
                Copy<bool, byte, BooleanByte>(vector, b, (byte*)data, rows, start, count);
                break;
            case ValueBuffer<DateTime> b:
                Copy<DateTime, long, EpochMicroseconds>(vector, b, (long*)data, rows, start, count);
                break;
            case ValueBuffer<DateOnly> b:
                Copy<DateOnly, int, EpochDays>(vector, b, (int*)data, rows, start, count);
                break;
            case ValueBuffer<decimal> b:
                CopyDecimals(vector, b, (Int128*)data, rows, start, count);
                break;
            case TextBuffer b:
                CopyText(vector, b, (byte*)data, rows, start, count);
                break;
            default:
                throw new InvalidOperationException($"no DuckDB vector layout for {column.Source.Type}");
        }
    }

    private static int Row(int[]? rows, int index) => rows is null ? index : rows[index];

    private static void Copy<TValue, TTarget, TConvert>(IntPtr vector, ValueBuffer<TValue> source, TTarget* target, int[]? rows, int start, int count)
        where TValue : struct, IEquatable<TValue>
        where TTarget : unmanaged
        where TConvert : IConvert<TValue, TTarget>
    {
        ulong* validity = null;
        for (var i = 0; i < count; i++)
        {
            var row = Row(rows, start + i);
            if (source.IsNull(row))
            {
                SetNull(vector, ref validity, i);
            }
            else
            {
                target[i] = TConvert.Convert(source[row]);
            }
        }
    }

    private static void CopyDecimals(IntPtr vector, ValueBuffer<decimal> source, Int128* target, int[]? rows, int start, int count)
    {
        ulong* validity = null;
        var scale = source.Type.Scale;
        for (var i = 0; i < count; i++)
        {
            var row = Row(rows, start + i);
            if (source.IsNull(row))
            {
                SetNull(vector, ref validity, i);
            }
            else
            {
                target[i] = Unscaled(source[row], scale);
            }
        }
    }

    private static void CopyText(IntPtr vector, TextBuffer source, byte* target, int[]? rows, int start, int count)
    {
        ulong* validity = null;
        for (var i = 0; i < count; i++)
        {
            var row = Row(rows, start + i);
            if (source.IsNull(row))
            {
                SetNull(vector, ref validity, i);
                continue;
            }

            // Short strings live inside the 16-byte entry itself (length, then up to 12 bytes, the
            // rest zero); longer ones are copied into the vector's own string heap. The "unsafe"
            // assignment skips DuckDB's UTF-8 check: every text here came through the JSON reader,
            // which accepts only valid UTF-8.
            var text = source.Utf8(row);
            var entry = target + (i * 16);
            if (text.Length <= InlineLength)
            {
                new Span<byte>(entry, 16).Clear();
                *(uint*)entry = (uint)text.Length;
                text.CopyTo(new Span<byte>(entry + 4, InlineLength));
            }
            else
            {
                fixed (byte* utf8 = text)
                {
                    NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(vector, (ulong)i, utf8, text.Length);
                }
            }
        }
    }

    private static void AllNull(IntPtr vector, int count)
    {
        NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
        var validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        new Span<ulong>(validity, (count + 63) / 64).Clear();
    }

    private static void SetNull(IntPtr vector, ref ulong* validity, int index)
    {
        if (validity is null)
        {
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
            validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        }

        validity[index >> 6] &= ~(1UL << (index & 63));
    }

    /// <summary>The value times 10^<paramref name="scale"/>, as DECIMAL(38, scale) stores it.</summary>
    private static Int128 Unscaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var exponent = (bits[3] >> 16) & 0xFF;
        if (exponent <= scale)
        {
            magnitude = checked(magnitude * PowersOfTen[scale - exponent]);
        }
        else
        {
            // Values are rounded to the column's scale when read; this only drops trailing zeros.
            var (quotient, remainder) = Int128.DivRem(magnitude, PowersOfTen[exponent - scale]);
            var half = PowersOfTen[exponent - scale] / 2;
            magnitude = remainder > half || (remainder == half && !Int128.IsEvenInteger(quotient)) ? quotient + 1 : quotient;
        }

        return bits[3] < 0 ? -magnitude : magnitude;
    }

    private static Int128[] Powers()
    {
        var powers = new Int128[ColumnType.DecimalPrecision + 1];
        powers[0] = Int128.One;
        for (var n = 1; n < powers.Length; n++)
        {
            powers[n] = powers[n - 1] * 10;
        }

        return powers;
    }

    private interface IConvert<TValue, TTarget>
    {
        static abstract TTarget Convert(TValue value);
    }

    private readonly struct Same<T> : IConvert<T, T>
    {
        public static T Convert(T value) => value;
    }

    private readonly struct BooleanByte : IConvert<bool, byte>
    {
        public static byte Convert(bool value) => value ? (byte)1 : (byte)0;
    }

    private readonly struct EpochMicroseconds : IConvert<DateTime, long>
    {
        // Floor division, so that an instant before 1970 keeps its sub-microsecond truncation towards the past.
        public static long Convert(DateTime value) => Math.DivRem(value.Ticks - EpochTicks, TimeSpan.TicksPerMicrosecond) is var (q, r) && r < 0 ? q - 1 : q;
    }

    private readonly struct EpochDays : IConvert<DateOnly, int>
    {
        public static int Convert(DateOnly value) => value.DayNumber - EpochDay;
    }
}
