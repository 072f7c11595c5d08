namespace Zendesk.Singer.Bench;

/// <summary>DuckDB's own reader of a JSON-lines file, as the benches' ceilings call it (compiled into each bench that measures one).</summary>
internal static class DuckDbReadJson
{
    /// <summary>The table function reading <paramref name="path"/>, the path quoted as a string literal.</summary>
    public static string Of(string path) =>
        $"read_json('{path.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited')";
}
