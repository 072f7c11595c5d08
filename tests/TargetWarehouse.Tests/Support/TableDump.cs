namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>A table read back in an engine-neutral form: logical column types and rows of canonical text.</summary>
internal sealed record TableDump(IReadOnlyList<(string Name, string Type)> Columns, IReadOnlyList<string?[]> Rows)
{
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ShouldAssertException($"no column \"{name}\" among {string.Join(", ", Columns.Select(c => c.Name))}");
    }

    /// <summary>Each row as its values joined by '|', in row order: a whole table compared in one line.</summary>
    public IEnumerable<string> RowTexts() => Rows.Select(r => string.Join("|", r));

    /// <summary>The values of one column, in row order.</summary>
    public IReadOnlyList<string?> Column(string name)
    {
        var index = ColumnIndex(name);
        return [.. Rows.Select(r => r[index])];
    }

    /// <summary>The row whose <paramref name="column"/> holds <paramref name="value"/>, as name → value.</summary>
    public IReadOnlyDictionary<string, string?> Row(string column, string value)
    {
        var index = ColumnIndex(column);
        var row = Rows.SingleOrDefault(r => r[index] == value)
            ?? throw new ShouldAssertException($"no row with {column} = {value}");
        return Columns.Select((c, i) => (c.Name, row[i])).ToDictionary(p => p.Name, p => p.Item2);
    }
}
