using System.Globalization;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// The schema's tables as both engines describe and change them: information_schema, quoted
/// identifiers, positional $n parameters. The engine supplies the types and its catalog's name.
/// </summary>
internal sealed class SqlCatalog(IEngine engine)
{
    private SqlSession Session => engine.Session;

    public string Qualified(string table) => SqlText.Qualified(engine.QualifiedSchema, table);

    public Task CreateSchemaAsync(CancellationToken cancellationToken) =>
        Session.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {engine.QualifiedSchema}", cancellationToken);

    public async Task<TableInfo?> DescribeTableAsync(string table, CancellationToken cancellationToken)
    {
        var columns = new List<ColumnDefinition>();
        await using (var command = Session.Command(
            $"SELECT column_name, data_type, numeric_scale FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2{engine.CatalogCondition("table_catalog")} ORDER BY ordinal_position",
            engine.Schema,
            table))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                int? scale = reader.IsDBNull(2) ? null : Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                columns.Add(new ColumnDefinition(reader.GetString(0), engine.ParseType(reader.GetString(1), scale)));
            }
        }

        if (columns.Count == 0)
        {
            return null;
        }

        var key = new List<string>();
        await using (var command = Session.Command(
            $"""
            SELECT kcu.column_name
            FROM information_schema.table_constraints AS tc
            JOIN information_schema.key_column_usage AS kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name
            WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = $1 AND tc.table_name = $2{engine.CatalogCondition("tc.table_catalog")}
            ORDER BY kcu.ordinal_position
            """,
            engine.Schema,
            table))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                key.Add(reader.GetString(0));
            }
        }

        return new TableInfo(columns, key);
    }

    public async Task<bool> HasRowsAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = Session.Command($"SELECT EXISTS (SELECT 1 FROM {Qualified(table)})");
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Creates the table, in the transaction that is open.</summary>
    public Task CreateTableAsync(TableDefinition table, CancellationToken cancellationToken) =>
        Session.ExecuteAsync(SqlText.CreateTable(Qualified(table.Name), table, engine.SqlType), cancellationToken);

    public Task DropTableAsync(string table, CancellationToken cancellationToken) =>
        Session.ExecuteAsync($"DROP TABLE IF EXISTS {Qualified(table)}", cancellationToken);

    /// <summary>Adds columns and widens column types, in the transaction that is open.</summary>
    public async Task AlterTableAsync(string table, IReadOnlyList<ColumnDefinition> added, IReadOnlyList<ColumnDefinition> widened, CancellationToken cancellationToken)
    {
        foreach (var column in added)
        {
            await Session.ExecuteAsync($"ALTER TABLE {Qualified(table)} ADD COLUMN IF NOT EXISTS {Identifiers.Quote(column.Name)} {engine.SqlType(column.Type)}", cancellationToken);
        }

        foreach (var column in widened)
        {
            var name = Identifiers.Quote(column.Name);
            var type = engine.SqlType(column.Type);
            await Session.ExecuteAsync($"ALTER TABLE {Qualified(table)} ALTER COLUMN {name} TYPE {type} USING {engine.CastForWidening(name, column.Type)}", cancellationToken);
        }
    }

    public async Task<long> RetireOlderVersionsAsync(string table, long version, DateTime? softDeleteAt, CancellationToken cancellationToken)
    {
        var versionColumn = Identifiers.Quote(MetadataColumns.TableVersionName);
        var older = $"({versionColumn} IS NULL OR {versionColumn} < $1)";
        if (softDeleteAt is { } at)
        {
            var deletedAt = Identifiers.Quote(MetadataColumns.DeletedAtName);
            return await Session.ExecuteAsync($"UPDATE {Qualified(table)} SET {deletedAt} = $2 WHERE {older} AND {deletedAt} IS NULL", cancellationToken, version, at);
        }

        return await Session.ExecuteAsync($"DELETE FROM {Qualified(table)} WHERE {older}", cancellationToken, version);
    }
}
