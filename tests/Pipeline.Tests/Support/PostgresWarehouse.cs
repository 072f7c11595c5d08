using System.Data.Common;
using System.Text.Json.Nodes;
using Npgsql;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>A schema of its own on the server that test.sh starts, so that tests run side by side.</summary>
internal sealed class PostgresWarehouse : Warehouse
{
    public const string Variable = "ZS_TEST_POSTGRES";

    public PostgresWarehouse()
    {
        ConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the pipeline tests load into a real PostgreSQL server. Run ./test.sh, which starts a throwaway one, or export {Variable} as an Npgsql connection string (Host=...;Port=...;Username=...;Database=...).");
        Schema = $"pipeline_{Guid.NewGuid():N}"[..25];
    }

    public string ConnectionString { get; }

    public override string Name => "PostgreSQL";

    public override string Schema { get; }

    public override JsonObject ConnectionConfig() => new()
    {
        ["dialect"] = "postgres",
        ["connection_string"] = ConnectionString,
        ["schema"] = Schema,
    };

    public override async ValueTask DisposeAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE";
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
