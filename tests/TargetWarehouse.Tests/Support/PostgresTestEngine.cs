using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>A schema of its own on the server test.sh starts, so that tests run in parallel.</summary>
internal sealed class PostgresTestEngine : TestEngine
{
    public const string Variable = "ZS_TEST_POSTGRES";

    public PostgresTestEngine()
    {
        ConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. The PostgreSQL tests need a real server: run ./test.sh, which starts a throwaway one, or export {Variable} as an Npgsql connection string (Host=...;Port=...;Username=...;Database=...).");
        Schema = $"tw_test_{Guid.NewGuid():N}"[..24];
    }

    public string ConnectionString { get; }

    public override string Schema { get; }

    public override JsonObject Config() => new()
    {
        ["dialect"] = "postgres",
        ["connection_string"] = ConnectionString,
        ["schema"] = Schema,
    };

    public override async Task<DbConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");

    protected override string LogicalType(string dataType, int? scale) => dataType switch
    {
        "bigint" => "integer",
        "double precision" => "number",
        "boolean" => "boolean",
        "timestamp with time zone" => "timestamp",
        "date" => "date",
        "text" => "text",
        "jsonb" => "json",
        "numeric" => string.Create(CultureInfo.InvariantCulture, $"decimal(38,{scale})"),
        _ => "unexpected " + dataType,
    };
}
