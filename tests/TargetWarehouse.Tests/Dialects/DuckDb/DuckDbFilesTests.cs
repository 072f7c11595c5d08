using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Dialects.DuckDb;

namespace Zendesk.Singer.Target.Tests.Dialects.DuckDb;

public sealed class DuckDbFilesTests : IDisposable
{
    private const int RowGroup = 16_384;

    private static readonly TableDefinition Comments = new("comments", [new("id", ColumnType.BigInt), new("body", ColumnType.Text)], ["id"]);

    private readonly string _directory = Directory.CreateTempSubdirectory("tw-files-").FullName;

    private string DatabasePath => Path.Combine(_directory, "zendesk.duckdb");

    [Fact]
    public async Task Two_connections_to_one_file_share_its_database_and_see_each_others_commits()
    {
        await using var first = await DuckDbFiles.ConnectAsync(DatabasePath, RowGroup, memoryLimitBytes: null, CancellationToken.None);
        await using var second = await DuckDbFiles.ConnectAsync(DatabasePath, rowGroupRows: null, memoryLimitBytes: null, CancellationToken.None);
        await ExecuteAsync(first, "CREATE TABLE shared (id BIGINT)");
        await ExecuteAsync(first, "INSERT INTO shared VALUES (1), (2)");

        (await ScalarAsync(second, "SELECT count(*) FROM shared")).ShouldBe(2L);
        (await ScalarAsync(second, "SELECT current_database()")).ShouldBe("zendesk");
        DuckDbFiles.IsOpen(DatabasePath).ShouldBeTrue();
    }

    [Fact]
    public async Task Once_every_connection_is_closed_the_file_is_let_go_with_everything_committed()
    {
        await using (var connection = await DuckDbFiles.ConnectAsync(DatabasePath, RowGroup, memoryLimitBytes: null, CancellationToken.None))
        {
            await ExecuteAsync(connection, "CREATE TABLE kept AS SELECT range AS id FROM range(10)");
        }

        DuckDbFiles.IsOpen(DatabasePath).ShouldBeFalse();
        File.Exists(DatabasePath + ".wal").ShouldBeFalse();
        await using var reopened = await DuckDbFiles.ConnectAsync(DatabasePath, rowGroupRows: null, memoryLimitBytes: null, CancellationToken.None);
        (await ScalarAsync(reopened, "SELECT count(*) FROM kept")).ShouldBe(10L);
    }

    [Fact]
    public async Task What_does_not_fit_the_memory_limit_spills_beside_the_file_not_into_the_working_directory()
    {
        await using var connection = await DuckDbFiles.ConnectAsync(DatabasePath, RowGroup, memoryLimitBytes: null, CancellationToken.None);

        (await ScalarAsync(connection, "SELECT current_setting('temp_directory')")).ShouldBe(DatabasePath + ".tmp");
    }

    [Fact]
    public async Task A_file_named_like_one_of_DuckDBs_own_catalogs_is_attached_under_another_name()
    {
        await using var connection = await DuckDbFiles.ConnectAsync(Path.Combine(_directory, "temp.duckdb"), RowGroup, memoryLimitBytes: null, CancellationToken.None);

        (await ScalarAsync(connection, "SELECT current_database()")).ShouldBe("temp_file");
    }

    [Fact]
    public async Task A_full_batch_commits_its_rows_straight_into_the_file_without_writing_them_to_the_log()
    {
        var logged = await LogBytesAfterOneBatchAsync(rowGroupRows: RowGroup);
        var withDuckDbsOwnRowGroups = await LogBytesAfterOneBatchAsync(rowGroupRows: null);

        // The batch holds about 900 KB of text: the log holds it all, or only where it went in the file.
        withDuckDbsOwnRowGroups.ShouldBeGreaterThan(500_000);
        logged.ShouldBeLessThan(withDuckDbsOwnRowGroups / 10);
    }

    [Theory]
    [InlineData(20_480, 20_480)]
    [InlineData(122_880, 122_880)]
    [InlineData(16_384, 16_384)]
    [InlineData(20_000, null)]
    [InlineData(8_192, null)]
    [InlineData(245_760, null)]
    public void Row_groups_are_a_batch_long_when_DuckDB_takes_that_size(int batchSizeRows, int? rowGroupRows) =>
        DuckDbSettings.RowGroupRows(batchSizeRows).ShouldBe(rowGroupRows);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Loads one batch of a row group's rows into a table holding a row already, and measures the log the commit left.</summary>
    private async Task<long> LogBytesAfterOneBatchAsync(int? rowGroupRows)
    {
        var path = Path.Combine(_directory, $"log-{rowGroupRows}.duckdb");
        var engine = new DuckDbEngine(path, "zendesk", rowGroupRows: rowGroupRows);
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);
        await dialect.CreateTableAsync(Comments, replace: false, CancellationToken.None);
        await LoadAsync(dialect, 1, 1);
        await engine.Session.ExecuteAsync("CHECKPOINT", CancellationToken.None);

        await LoadAsync(dialect, 2, RowGroup);

        var log = new FileInfo(path + ".wal");
        return log.Exists ? log.Length : 0;
    }

    private static async Task LoadAsync(Warehouse dialect, long firstId, int rows)
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        for (var row = 0; row < rows; row++)
        {
            var slot = batch.BeginRow();
            ((ValueBuffer<long>)batch.Columns[0]).Set(slot, firstId + row);
            ((TextBuffer)batch.Columns[1]).Set(slot, $"comment {firstId + row}: {new string((char)('a' + (row % 26)), 40)}");
            batch.CommitRow();
        }

        await dialect.LoadAsync(new BatchLoad(Comments, new TableInfo(Comments.Columns, Comments.PrimaryKey), batch, true, TableReset.None, -1, []), CancellationToken.None);
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
