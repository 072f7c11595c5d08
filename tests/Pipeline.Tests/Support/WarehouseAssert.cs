namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>Fails with every difference between a warehouse and what it must hold, named by stream, key and column.</summary>
internal static class WarehouseAssert
{
    public static async Task HoldsExactlyAsync(Warehouse warehouse, WarehouseSnapshot expected, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var tables = (await warehouse.TablesAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var streams = expected.Streams.ToList();
        foreach (var extra in tables.Where(t => !streams.Contains(t, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            problems.Add($"table {extra} was loaded but no selected stream has that name");
        }

        foreach (var stream in streams)
        {
            if (!tables.Contains(stream))
            {
                // A stream without records may leave no table behind.
                if (expected[stream].Count > 0)
                {
                    problems.Add($"table {stream} is missing ({expected[stream].Count} records expected)");
                }

                continue;
            }

            var table = await warehouse.ReadAsync(stream, cancellationToken);
            problems.AddRange(TableComparison.Differences(stream, table, expected[stream]));
        }

        if (problems.Count > 0)
        {
            throw new ShouldAssertException(
                $"{warehouse.Name} schema {warehouse.Schema} differs from the simulator's data in {problems.Count} places:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", problems.Take(60)));
        }
    }
}
