using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Npgsql;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Loading;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Cli;

/// <summary>
/// <c>--tables</c>: each table of the configured schema with its row count, so that a load can be
/// checked without a database client. Reads only: a DuckDB file is opened read-only and never created.
/// </summary>
internal static class TableListing
{
    public static async Task<int> RunAsync(TargetConfig config, Stream output, Reporter reporter, CancellationToken cancellationToken)
    {
        var duckDb = config.Kind != WarehouseKind.Postgres;
        var destination = duckDb ? $"DuckDB file '{config.DuckDbPath}'" : config.Postgres.Description;
        if (duckDb && !File.Exists(config.DuckDbPath))
        {
            reporter.Error($"{destination} does not exist: nothing has been loaded there yet");
            return ExitCodes.Failure;
        }

        IReadOnlyList<(string Table, long Rows)> tables;
        try
        {
            await using DbConnection connection = duckDb
                ? new DuckDBConnection($"Data Source={config.DuckDbPath};ACCESS_MODE=READ_ONLY")
                : new NpgsqlConnection(config.Postgres.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            tables = await CountAsync(connection, config.Schema, cancellationToken);
        }
        catch (DbException e)
        {
            reporter.Error($"cannot read {destination}: {e.Message}");
            return ExitCodes.Failure;
        }

        await using var writer = new StreamWriter(output, leaveOpen: true);
        await writer.WriteLineAsync($"{destination}, schema \"{config.Schema}\": {tables.Count} tables, {tables.Sum(t => t.Rows).ToString("N0", CultureInfo.InvariantCulture)} rows");
        var width = Math.Max(5, tables.Count == 0 ? 0 : tables.Max(t => t.Table.Length));
        foreach (var (table, rows) in tables)
        {
            await writer.WriteLineAsync($"  {table.PadRight(width)}  {rows.ToString("N0", CultureInfo.InvariantCulture),12}");
        }

        return ExitCodes.Ok;
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> CountAsync(DbConnection connection, string schema, CancellationToken cancellationToken)
    {
        // Both engines name the current database in information_schema and accept catalog.schema.table,
        // which a DuckDB file needs: zendesk.duckdb holding schema zendesk makes a bare "zendesk" ambiguous.
        var names = new List<(string Catalog, string Table)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT table_catalog, table_name FROM information_schema.tables "
                + "WHERE table_schema = $1 AND table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY table_name";
            var parameter = command.CreateParameter();
            parameter.Value = schema;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!Bookkeeping.IsBookkeeping(reader.GetString(1)))
                {
                    names.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        var counted = new List<(string Table, long Rows)>(names.Count);
        foreach (var (catalog, table) in names)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {Identifiers.Quote(catalog)}.{Identifiers.Quote(schema)}.{Identifiers.Quote(table)}";
            counted.Add((table, Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture)));
        }

        return counted;
    }
}
