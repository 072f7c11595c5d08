using DuckDB.NET.Native;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Dialects.DuckDb;

namespace Zendesk.Singer.Target.Tests.Dialects.DuckDb;

public sealed class DuckDbEngineTests : IDisposable
{
    private static readonly TableDefinition Tickets = new("tickets", [new("id", ColumnType.BigInt), new("status", ColumnType.Text)], ["id"]);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tw-dialect-{Guid.NewGuid():N}.duckdb");

    [Fact]
    public async Task The_database_closed_and_opened_again_after_every_batch_keeps_every_row_and_every_update()
    {
        var engine = new DuckDbEngine(_path, "zendesk", releaseThreshold: 0);
        await using (var dialect = new Warehouse(engine))
        {
            await dialect.OpenAsync(CancellationToken.None);
            await dialect.CreateTableAsync(Tickets, replace: false, CancellationToken.None);
            await LoadAsync(dialect, (1, "new"), (2, "new"), (3, "new"));
            (await LoadAsync(dialect, (2, "open"), (3, "open"), (4, "new"))).ShouldBe(new LoadCounts(1, 2, 0, 0));
            (await LoadAsync(dialect, (3, "solved"), (5, "new"))).ShouldBe(new LoadCounts(1, 1, 0, 0));

            engine.Memory.Reopened.ShouldBe(3);
        }

        (await RowsAsync()).ShouldBe(["1|new", "2|open", "3|solved", "4|new", "5|new"]);
    }

    [Fact]
    public async Task Batches_that_insert_and_replace_rows_leave_the_database_open()
    {
        var engine = new DuckDbEngine(_path, "zendesk");
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);
        await dialect.CreateTableAsync(Tickets, replace: false, CancellationToken.None);
        for (var round = 0; round < 3; round++)
        {
            await LoadAsync(dialect, [.. Enumerable.Range(0, 1_000).Select(id => ((long)id, $"status {round}"))]);
        }

        engine.Memory.Reopened.ShouldBe(0);
    }

    [Fact]
    public async Task Tables_loaded_since_the_last_checkpoint_are_checkpointed_before_they_fill_the_memory_limit()
    {
        (await LoadFreshTablesAsync(150, [(1, "new"), (2, "open")])).ShouldBeGreaterThan(0);

        (await RowsAsync("tickets_149")).ShouldBe(["1|new", "2|open"]);
    }

    [Fact]
    public async Task The_indexes_of_many_freshly_loaded_tables_are_checkpointed_before_a_commit_finds_no_room()
    {
        var batches = Enumerable.Range(0, 2).Select(round => Enumerable.Range(round * 3_000, 3_000).Select(id => ((long)id * 7_919, "new")).ToArray()).ToArray();

        (await LoadFreshTablesAsync(120, batches)).ShouldBeGreaterThan(0);

        (await RowsAsync("tickets_119")).Count.ShouldBe(6_000);
    }

    [Fact]
    public async Task Many_freshly_loaded_wide_tables_of_a_few_hundred_rows_each_are_checkpointed_before_they_fill_the_cap()
    {
        var engine = new DuckDbEngine(_path, "zendesk");
        await using (var dialect = new Warehouse(engine))
        {
            await dialect.OpenAsync(CancellationToken.None);
            for (var t = 0; t < 150; t++)
            {
                await LoadWideAsync(dialect, $"wide_{t}", columns: 40, rows: 300);
            }

            engine.Memory.Checkpoints.ShouldBeGreaterThan(0);
        }

        (await RowsAsync("wide_149", "c40")).Count.ShouldBe(300);
    }

    [Fact]
    public async Task DuckDB_is_given_the_cap_in_mebibytes()
    {
        var engine = new DuckDbEngine(_path, "zendesk", memoryLimitBytes: 100L << 20);
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);

        (await MemoryLimitAsync(engine)).ShouldBe("100.0 MiB");
    }

    [Theory]
    [InlineData(null, "128.0 MiB")]
    [InlineData(200L << 20, "200.0 MiB")]
    public async Task A_checkpoint_gets_twice_the_cap_and_the_cap_comes_back_after_unless_the_config_fixes_it(long? configured, string during)
    {
        var engine = new DuckDbEngine(_path, "zendesk", memoryLimitBytes: configured);
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);
        var cap = await MemoryLimitAsync(engine);

        await engine.Memory.RoomForCheckpointAsync(CancellationToken.None);
        var raised = await MemoryLimitAsync(engine);
        await engine.Memory.AfterLoadAsync(rowsHeld: false, CancellationToken.None);

        raised.ShouldBe(during);
        (await MemoryLimitAsync(engine)).ShouldBe(cap);
    }

    [Fact]
    public async Task A_batch_whose_new_index_outgrows_the_cap_keeps_the_raised_cap_until_the_checkpoint_after_it()
    {
        var engine = new DuckDbEngine(_path, "zendesk");
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);
        var cap = await MemoryLimitAsync(engine);

        await engine.Memory.BeforeFilesAsync(CancellationToken.None);
        await engine.Session.ExecuteAsync("CREATE TABLE zendesk.big (id BIGINT PRIMARY KEY)", CancellationToken.None);

        // As for a BATCH of many rows whose write-ahead log stays under the checkpoint threshold.
        await engine.Session.ExecuteAsync("SET checkpoint_threshold = '1GB'", CancellationToken.None);
        await engine.Session.ExecuteAsync("INSERT INTO zendesk.big SELECT range FROM range(10000000)", CancellationToken.None);
        (await engine.Session.ScalarAsync("SELECT memory_usage_bytes FROM duckdb_memory() WHERE tag = 'ART_INDEX'", CancellationToken.None))
            .ShouldBeGreaterThan(engine.Memory.MemoryLimitBytes, "the index alone holds more than the cap the load set back");
        engine.Memory.AfterFiles();
        await engine.Memory.AfterLoadAsync(rowsHeld: false, CancellationToken.None);

        (await MemoryLimitAsync(engine)).ShouldBe(cap);
        (await engine.Session.ScalarAsync("SELECT count(*) FROM zendesk.big", CancellationToken.None)).ShouldBe(10_000_000);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(200L << 20, false)]
    public async Task A_wide_batch_raises_the_memory_limit_unless_the_config_gives_one(long? configured, bool raised)
    {
        var wide = new TableDefinition("wide", [new("id", ColumnType.BigInt), .. Enumerable.Range(0, 1_000).Select(c => new ColumnDefinition($"c{c}", ColumnType.Text))], ["id"]);
        var engine = new DuckDbEngine(_path, "zendesk", memoryLimitBytes: configured);
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);
        var before = engine.Memory.MemoryLimitBytes;
        await dialect.CreateTableAsync(wide, replace: false, CancellationToken.None);
        var batch = new RowBatch([.. wide.Columns.Select(c => c.Type)], [0]);
        batch.BeginRow();
        ((ValueBuffer<long>)batch.Columns[0]).Set(0, 1);
        ((TextBuffer)batch.Columns[1000]).Set(0, "last");
        batch.CommitRow();

        await dialect.LoadAsync(new BatchLoad(wide, new TableInfo(wide.Columns, wide.PrimaryKey), batch, true, TableReset.None, -1, []), CancellationToken.None);

        (engine.Memory.MemoryLimitBytes > before).ShouldBe(raised);
    }

    [Fact]
    public void A_failure_for_want_of_memory_is_told_without_duckdbs_tuning_advice_and_with_the_setting_to_change()
    {
        var engine = new DuckDbEngine(_path, "zendesk", memoryLimitBytes: 64L << 20);
        const string commit = "TransactionContext Error: Failed to commit: could not allocate block of size 256.0 KiB (60.9 MiB/61.0 MiB used)";

        var told = engine.OutOfResources(new DuckDbAppendException(commit + "\n\nPossible solutions:\n* Reducing the number of threads (SET threads=X)\n\nSee also https://duckdb.org/docs", DuckDBErrorType.Transaction));

        told.ShouldBe(commit + " (DuckDB ran out of memory under duckdb_memory_limit_mb (64): raise it, or remove it to let the target size the limit)");
        engine.OutOfResources(new DuckDbAppendException("Constraint Error: Duplicate key \"id: 1\" violates primary key constraint.", DuckDBErrorType.Constraint)).ShouldBeNull();
    }

    [Fact]
    public async Task A_failure_for_want_of_memory_while_a_batchs_files_load_names_the_limit_they_load_under()
    {
        var engine = new DuckDbEngine(_path, "zendesk");
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);
        const string failure = "Out of Memory Error: could not allocate block of size 256.0 KiB (1023.8 MiB/1.0 GiB used)";
        var before = engine.OutOfResources(new DuckDbAppendException(failure, DuckDBErrorType.OutOfMemory));

        await engine.Memory.BeforeFilesAsync(CancellationToken.None);
        var during = engine.OutOfResources(new DuckDbAppendException(failure, DuckDBErrorType.OutOfMemory));

        before.ShouldBe($"{failure} (DuckDB ran out of memory under the limit the target gave it ({engine.Memory.MemoryLimitBytes >> 20} MB): set duckdb_memory_limit_mb higher)");
        during.ShouldBe($"{failure} (DuckDB ran out of memory under the limit the target gave it ({DuckDbSettings.FileLoadMemoryBytes >> 20} MB): set duckdb_memory_limit_mb higher)");
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + ".wal" })
        {
            File.Delete(file);
        }
    }

    private static Task<LoadCounts> LoadAsync(Warehouse dialect, params (long Id, string Status)[] rows) => LoadAsync(dialect, Tickets, rows);

    /// <summary>Creates tables tickets_0, tickets_1, ... and loads each with the same batches, one commit each.</summary>
    /// <returns>How many checkpoints the memory policy ran meanwhile.</returns>
    private async Task<int> LoadFreshTablesAsync(int count, params (long Id, string Status)[][] batches)
    {
        var engine = new DuckDbEngine(_path, "zendesk");
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);
        for (var table = 0; table < count; table++)
        {
            var definition = Tickets with { Name = $"tickets_{table}" };
            await dialect.CreateTableAsync(definition, replace: false, CancellationToken.None);
            foreach (var rows in batches)
            {
                await LoadAsync(dialect, definition, rows);
            }
        }

        return engine.Memory.Checkpoints;
    }

    private static async Task<LoadCounts> LoadAsync(Warehouse dialect, TableDefinition table, params (long Id, string Status)[] rows)
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        foreach (var (id, status) in rows)
        {
            var slot = batch.BeginRow();
            ((ValueBuffer<long>)batch.Columns[0]).Set(slot, id);
            ((TextBuffer)batch.Columns[1]).Set(slot, status);
            batch.CommitRow();
        }

        return await dialect.LoadAsync(new BatchLoad(table, new TableInfo(table.Columns, table.PrimaryKey), batch, true, TableReset.None, -1, []), CancellationToken.None);
    }

    /// <summary>Creates a table of an id and <paramref name="columns"/> text columns c1, c2, ... and loads it in one batch.</summary>
    private static async Task LoadWideAsync(Warehouse dialect, string name, int columns, int rows)
    {
        var table = new TableDefinition(name, [new("id", ColumnType.BigInt), .. Enumerable.Range(1, columns).Select(c => new ColumnDefinition($"c{c}", ColumnType.Text))], ["id"]);
        await dialect.CreateTableAsync(table, replace: false, CancellationToken.None);
        var batch = new RowBatch([.. table.Columns.Select(c => c.Type)], [0]);
        for (var row = 0; row < rows; row++)
        {
            var slot = batch.BeginRow();
            ((ValueBuffer<long>)batch.Columns[0]).Set(slot, row * 7_919L);
            for (var c = 1; c <= columns; c++)
            {
                ((TextBuffer)batch.Columns[c]).Set(slot, $"row {row}, column {c}");
            }

            batch.CommitRow();
        }

        await dialect.LoadAsync(new BatchLoad(table, new TableInfo(table.Columns, table.PrimaryKey), batch, true, TableReset.None, -1, []), CancellationToken.None);
    }

    private async Task<List<string>> RowsAsync(string table = "tickets", string column = "status")
    {
        await using var connection = await DuckDbFiles.ConnectAsync(_path, rowGroupRows: null, memoryLimitBytes: null, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, \"{column}\" FROM zendesk.\"{table}\" ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt64(0)}|{reader.GetString(1)}");
        }

        return rows;
    }

    private static async Task<string> MemoryLimitAsync(DuckDbEngine engine)
    {
        await using var command = engine.Session.Command("SELECT current_setting('memory_limit')");
        return (string)(await command.ExecuteScalarAsync(CancellationToken.None))!;
    }
}
