using DuckDB.NET.Data;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Dialects.DuckDb;

namespace Zendesk.Singer.Target.Tests.Dialects.DuckDb;

public sealed class DuckDbLogReplayTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tw-replay-{Guid.NewGuid():N}.duckdb");

    [Theory]
    [InlineData(200_000, null, true)]
    [InlineData(2_000_000, 4L << 20, false)]
    public async Task The_log_a_stopped_run_left_is_replayed_under_the_memory_limit_when_it_fits_there_and_without_one_otherwise_keeping_every_row(int rows, long? memoryLimitBytes, bool fits)
    {
        await LeaveLogAsync(rows);

        var engine = new DuckDbEngine(_path, "zendesk", memoryLimitBytes: memoryLimitBytes);
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);

        engine.LogReplay.ShouldBe(fits ? LogReplay.UnderLimit : LogReplay.WithoutLimit);
        (await engine.Session.ScalarAsync("SELECT count(*) FROM zendesk.stopped", CancellationToken.None)).ShouldBe(rows);
    }

    [Fact]
    public async Task A_file_without_a_log_opens_with_nothing_to_replay()
    {
        var engine = new DuckDbEngine(_path, "zendesk");
        await using var dialect = new Warehouse(engine);
        await dialect.OpenAsync(CancellationToken.None);

        engine.LogReplay.ShouldBe(LogReplay.None);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + ".wal" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Leaves the file as a run stopped mid-load does: rows committed to the write-ahead log and not
    /// yet checkpointed. The file and its log are copied while the database that wrote them is open,
    /// since closing it would checkpoint them.
    /// </summary>
    private async Task LeaveLogAsync(int rows)
    {
        var source = Path.Combine(Path.GetTempPath(), $"tw-replay-source-{Guid.NewGuid():N}.duckdb");
        try
        {
            await using (var session = new SqlSession(new DuckDBConnection($"Data Source={source}")))
            {
                await session.Connection.OpenAsync();
                await session.ExecuteAsync("SET checkpoint_threshold = '1GB'", CancellationToken.None);
                await session.ExecuteAsync("CREATE SCHEMA zendesk", CancellationToken.None);
                await session.ExecuteAsync("CREATE TABLE zendesk.stopped (id BIGINT PRIMARY KEY, body VARCHAR)", CancellationToken.None);
                await session.ExecuteAsync($"INSERT INTO zendesk.stopped SELECT range, 'ticket ' || range FROM range({rows})", CancellationToken.None);
                File.Copy(source, _path);
                File.Copy(source + ".wal", _path + ".wal");
            }
        }
        finally
        {
            File.Delete(source);
            File.Delete(source + ".wal");
        }
    }
}
