namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>A whole table as the database returns it: column names and raw values.</summary>
internal sealed record TableData(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public int Column(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
