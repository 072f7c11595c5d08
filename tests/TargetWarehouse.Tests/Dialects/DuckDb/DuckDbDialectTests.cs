using DuckDB.NET.Data;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Dialects.DuckDb;
using Zendesk.Singer.Target.Loading;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Tests.Dialects.DuckDb;

public sealed class DuckDbDialectTests : IDisposable
{
    private static readonly TableDefinition Tickets = new("tickets", [new("id", ColumnType.BigInt), new("status", ColumnType.Text)], ["id"]);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tw-dialect-{Guid.NewGuid():N}.duckdb");

    [Fact]
    public async Task The_database_closed_and_opened_again_after_every_batch_keeps_every_row_and_every_update()
    {
        await using (var dialect = new DuckDbDialect(_path, "zendesk", releaseThreshold: 0))
        {
            await dialect.OpenAsync(CancellationToken.None);
            await dialect.CreateTableAsync(Tickets, replace: false, CancellationToken.None);
            await LoadAsync(dialect, (1, "new"), (2, "new"), (3, "new"));
            (await LoadAsync(dialect, (2, "open"), (3, "open"), (4, "new"))).ShouldBe(new LoadCounts(1, 2, 0, 0));
            (await LoadAsync(dialect, (3, "solved"), (5, "new"))).ShouldBe(new LoadCounts(1, 1, 0, 0));

            dialect.Reopened.ShouldBe(3);
        }

        (await RowsAsync()).ShouldBe(["1|new", "2|open", "3|solved", "4|new", "5|new"]);
    }

    [Fact]
    public async Task Batches_that_insert_and_replace_rows_leave_the_database_open()
    {
        await using var dialect = new DuckDbDialect(_path, "zendesk");
        await dialect.OpenAsync(CancellationToken.None);
        await dialect.CreateTableAsync(Tickets, replace: false, CancellationToken.None);
        for (var round = 0; round < 3; round++)
        {
            await LoadAsync(dialect, [.. Enumerable.Range(0, 1_000).Select(id => ((long)id, $"status {round}"))]);
        }

        dialect.Reopened.ShouldBe(0);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + ".wal" })
        {
            File.Delete(file);
        }
    }

    private static async Task<LoadCounts> LoadAsync(DuckDbDialect dialect, params (long Id, string Status)[] rows)
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        foreach (var (id, status) in rows)
        {
            var slot = batch.BeginRow();
            ((ValueBuffer<long>)batch.Columns[0]).Set(slot, id);
            ((TextBuffer)batch.Columns[1]).Set(slot, status);
            batch.CommitRow();
        }

        return await dialect.LoadAsync(new BatchLoad(Tickets, new TableInfo(Tickets.Columns, Tickets.PrimaryKey), batch, true, TableReset.None, -1, []), CancellationToken.None);
    }

    private async Task<List<string>> RowsAsync()
    {
        await using var connection = new DuckDBConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, status FROM zendesk.tickets ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt64(0)}|{reader.GetString(1)}");
        }

        return rows;
    }
}
