using System.Data.Common;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>A DuckDB file of its own in a temporary folder.</summary>
internal sealed class DuckDbWarehouse : Warehouse
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zs-pipeline-duckdb-").FullName;

    public override string Name => "DuckDB";

    public override string Schema => "zendesk";

    public string Path => System.IO.Path.Combine(_folder, "zendesk.duckdb");

    public override JsonObject ConnectionConfig() => new()
    {
        ["dialect"] = "duckdb",
        ["path"] = Path,
        ["schema"] = Schema,
    };

    public override ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    // The file zendesk.duckdb is also a catalog named zendesk: a bare zendesk.tickets is ambiguous.
    protected override string Qualified(string table) => $"\"zendesk\".\"{Schema}\".\"{table}\"";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new DuckDBConnection($"Data Source={Path}");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
