namespace Zendesk.Singer.Target.Dialects;

/// <summary>The bookkeeping of the names given to streams and properties (see <see cref="Bookkeeping"/>).</summary>
internal abstract partial class SqlDialect
{
    public async Task<IReadOnlyDictionary<string, string>> ReadTableNamesAsync(CancellationToken cancellationToken) =>
        await ReadPairsAsync($"SELECT stream, table_name FROM {Qualified(Bookkeeping.TableNames)}", cancellationToken);

    public async Task AddTableNameAsync(string stream, string table, CancellationToken cancellationToken) =>
        await ExecuteAsync($"INSERT INTO {Qualified(Bookkeeping.TableNames)} (stream, table_name) VALUES ($1, $2)", cancellationToken, stream, table);

    public async Task<IReadOnlyDictionary<string, string>> ReadColumnNamesAsync(string table, CancellationToken cancellationToken) =>
        await ReadPairsAsync($"SELECT property, column_name FROM {Qualified(Bookkeeping.ColumnNames)} WHERE table_name = $1", cancellationToken, table);

    public async Task AddColumnNamesAsync(string table, IReadOnlyList<(string Property, string Column)> names, CancellationToken cancellationToken) =>
        await InTransactionAsync(
            async ct =>
            {
                foreach (var (property, column) in names)
                {
                    await ExecuteAsync($"INSERT INTO {Qualified(Bookkeeping.ColumnNames)} (table_name, property, column_name) VALUES ($1, $2, $3)", ct, table, property, column);
                }
            },
            cancellationToken);

    private async Task CreateBookkeepingAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {Qualified(Bookkeeping.TableNames)} (stream {TextType} NOT NULL PRIMARY KEY, table_name {TextType} NOT NULL UNIQUE)",
            cancellationToken);
        await ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {Qualified(Bookkeeping.ColumnNames)} (table_name {TextType} NOT NULL, property {TextType} NOT NULL, column_name {TextType} NOT NULL, PRIMARY KEY (table_name, property), UNIQUE (table_name, column_name))",
            cancellationToken);
    }

    private async Task<Dictionary<string, string>> ReadPairsAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = Command(sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs[reader.GetString(0)] = reader.GetString(1);
        }

        return pairs;
    }
}
