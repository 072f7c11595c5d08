using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>The bookkeeping of the names given to streams and properties (see <see cref="Bookkeeping"/>).</summary>
internal sealed class NameBookkeeping(IEngine engine, SqlCatalog catalog)
{
    private SqlSession Session => engine.Session;

    public Task<Dictionary<string, string>> ReadTableNamesAsync(CancellationToken cancellationToken) =>
        ReadPairsAsync($"SELECT stream, table_name FROM {catalog.Qualified(Bookkeeping.TableNames)}", cancellationToken);

    public Task AddTableNameAsync(string stream, string table, CancellationToken cancellationToken) =>
        Session.ExecuteAsync($"INSERT INTO {catalog.Qualified(Bookkeeping.TableNames)} (stream, table_name) VALUES ($1, $2)", cancellationToken, stream, table);

    public Task<Dictionary<string, string>> ReadColumnNamesAsync(string table, CancellationToken cancellationToken) =>
        ReadPairsAsync($"SELECT property, column_name FROM {catalog.Qualified(Bookkeeping.ColumnNames)} WHERE table_name = $1", cancellationToken, table);

    public Task AddColumnNamesAsync(string table, IReadOnlyList<(string Property, string Column)> names, CancellationToken cancellationToken) =>
        Session.InTransactionAsync(
            async ct =>
            {
                foreach (var (property, column) in names)
                {
                    await Session.ExecuteAsync($"INSERT INTO {catalog.Qualified(Bookkeeping.ColumnNames)} (table_name, property, column_name) VALUES ($1, $2, $3)", ct, table, property, column);
                }
            },
            cancellationToken);

    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        var text = engine.SqlType(ColumnType.Text);
        await Session.ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {catalog.Qualified(Bookkeeping.TableNames)} (stream {text} NOT NULL PRIMARY KEY, table_name {text} NOT NULL UNIQUE)",
            cancellationToken);
        await Session.ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {catalog.Qualified(Bookkeeping.ColumnNames)} (table_name {text} NOT NULL, property {text} NOT NULL, column_name {text} NOT NULL, PRIMARY KEY (table_name, property), UNIQUE (table_name, column_name))",
            cancellationToken);
    }

    private async Task<Dictionary<string, string>> ReadPairsAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Session.Command(sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs[reader.GetString(0)] = reader.GetString(1);
        }

        return pairs;
    }
}
