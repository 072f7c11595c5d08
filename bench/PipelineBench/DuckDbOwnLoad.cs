using System.Diagnostics;
using DuckDB.NET.Data;
using Zendesk.Singer.Bench;

namespace Zendesk.Singer.PipelineBench;

/// <summary>
/// DuckDB loading the records by itself, each stream's file through its own read_json into a table
/// of its own in one new database file, at its own settings (every core, its default memory limit):
/// what the target's load could at best come down to.
/// </summary>
internal static class DuckDbOwnLoad
{
    /// <returns>The wall time and the processor time this process spent, DuckDB's work being all it does meanwhile.</returns>
    public static async Task<(TimeSpan Wall, TimeSpan Processor, long FileBytes)> RunAsync(IEnumerable<string> files, string database, CancellationToken cancellationToken)
    {
        var process = Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await using (var connection = new DuckDBConnection($"Data Source={database}"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            var table = 0;
            foreach (var file in files)
            {
                // Tables are numbered, so that no stream's name is ever spliced into the statement.
                command.CommandText = $"CREATE TABLE t{table++} AS SELECT * FROM {DuckDbReadJson.Of(file)}";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            command.CommandText = "CHECKPOINT";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var wall = clock.Elapsed;
        process.Refresh();
        return (wall, process.TotalProcessorTime - processor, new FileInfo(database).Length);
    }
}
