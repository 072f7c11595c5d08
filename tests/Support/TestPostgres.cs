using System.Text.Json.Nodes;
using Npgsql;

namespace Zendesk.Singer.Testing;

/// <summary>
/// The PostgreSQL server that test.sh starts, as every test project that loads into it sees it: a
/// schema of its own per test, so that tests run side by side, dropped at the end.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "ZS_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. These tests load into a real PostgreSQL server: run ./test.sh, which starts a throwaway one, or export {Variable} as an Npgsql connection string (Host=...;Port=...;Username=...;Database=...).");

    /// <summary>A fresh schema name, short enough to leave room under PostgreSQL's 63-byte limit for what tests derive from it.</summary>
    public static string NewSchema(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The target's config for <paramref name="schema"/> on this server.</summary>
    public static JsonObject TargetConfig(string schema) => new()
    {
        ["dialect"] = "postgres",
        ["connection_string"] = ConnectionString,
        ["schema"] = schema,
    };

    public static async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP SCHEMA IF EXISTS \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\" CASCADE";
        await command.ExecuteNonQueryAsync();
    }
}
