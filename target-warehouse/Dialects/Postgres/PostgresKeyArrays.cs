using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>A key column of a batch as a typed array, sent as one parameter.</summary>
internal static class PostgresKeyArrays
{
    public static object For(ColumnBuffer column, int count) => column switch
    {
        ValueBuffer<long> b => Take(b, count),
        ValueBuffer<double> b => Take(b, count),
        ValueBuffer<decimal> b => Take(b, count),
        ValueBuffer<bool> b => Take(b, count),
        ValueBuffer<DateTime> b => Take(b, count),
        ValueBuffer<DateOnly> b => Take(b, count),
        TextBuffer b => Enumerable.Range(0, count).Select(i => b[i]).ToArray(),
        _ => throw new InvalidOperationException($"no key array for {column.Type}"),
    };

    private static T[] Take<T>(ValueBuffer<T> buffer, int count)
        where T : struct, IEquatable<T>
    {
        var values = new T[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = buffer[i];
        }

        return values;
    }
}
