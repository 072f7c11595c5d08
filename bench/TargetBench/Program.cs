using Zendesk.Singer.Bench;
using Zendesk.Singer.Bench.Target;

// Loads N ticket-shaped records with target-warehouse into DuckDB and PostgreSQL beside the
// engines' own loads of the same records (see RecordComparison), then the same records as BATCH
// files beside each engine's own load of those files (see BatchComparison); --batch-only runs just
// that. --runs N repeats both and sums each ratio up by its median. Run it in Release:
//   dotnet run -c Release --project bench/TargetBench -- [--records 1000000] [--runs 3] [--help]
var (parsed, exitCode) = await BenchCommandLine.ParseAsync<BenchOptions>(
    args,
    "TargetBench",
    [
        "Loads ticket-shaped records with target-warehouse into DuckDB and PostgreSQL",
        "beside each engine's own load of them (read_json, COPY), then the same records",
        "as BATCH files; prints each ratio and the target's peak memory.",
    ]);
if (parsed is not { } options)
{
    return exitCode;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var ct = cancellation.Token;
var time = TimeProvider.System;
try
{
    var files = new TicketFiles(options.WorkDirectory);
    Console.WriteLine($"writing {options.Records:N0} ticket records to {options.WorkDirectory}");
    files.Write(options.Records);
    var batchFiles = new TicketBatchFiles(options.WorkDirectory, 4);
    batchFiles.Write(files.JsonLines, options.Records);

    // The files' pages are written out now rather than by the kernel while the first load is timed.
    using (var sync = System.Diagnostics.Process.Start("sync"))
    {
        await sync.WaitForExitAsync(ct);
    }

    if (!options.BatchOnly)
    {
        await new RecordComparison(options, files, time).RunAsync(ct);
    }

    await new BatchComparison(options, batchFiles, time).RunAsync(ct);
    return 0;
}
finally
{
    // A million records take about 7 GB of files and databases; a folder given with --work is left for a look.
    if (options.Work is null && Directory.Exists(options.WorkDirectory))
    {
        Directory.Delete(options.WorkDirectory, recursive: true);
    }
}
