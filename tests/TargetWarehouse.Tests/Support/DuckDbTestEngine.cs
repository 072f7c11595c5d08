using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Dialects.DuckDb;

namespace Zendesk.Singer.Target.Tests.Support;

internal sealed class DuckDbTestEngine : TestEngine
{
    public DuckDbTestEngine()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tw-test-{Guid.NewGuid():N}.duckdb");
    }

    public string Path { get; }

    public override string Schema => "zendesk";

    public override JsonObject Config() => new()
    {
        ["dialect"] = "duckdb",
        ["path"] = Path,
        ["schema"] = Schema,
    };

    public override async Task<DbConnection> OpenAsync()
    {
        // As the target opens it: an engine still open in this process shares its DuckDB with this connection.
        return await DuckDbFiles.ConnectAsync(Path, rowGroupRows: null, memoryLimitBytes: null, CancellationToken.None);
    }

    public override ValueTask DisposeAsync()
    {
        foreach (var file in new[] { Path, Path + ".wal" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        return ValueTask.CompletedTask;
    }

    protected override string CatalogFilter => " AND table_catalog = current_database()";

    protected override string LogicalType(string dataType, int? scale) => dataType switch
    {
        "BIGINT" => "integer",
        "DOUBLE" => "number",
        "BOOLEAN" => "boolean",
        "TIMESTAMP WITH TIME ZONE" => "timestamp",
        "DATE" => "date",
        "VARCHAR" => "text",
        "JSON" => "json",
        _ when dataType.StartsWith("DECIMAL(38,", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"decimal(38,{dataType[11..^1]})"),
        _ => "unexpected " + dataType,
    };
}
