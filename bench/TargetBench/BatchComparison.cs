using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Bench.Target;

/// <summary>
/// The BATCH run: target-warehouse loading the tickets from gzip JSON-lines files named by BATCH
/// messages, beside each engine's own load of the same files, repeated and summed up by the median.
/// </summary>
internal sealed class BatchComparison(BenchOptions options, TicketBatchFiles files, TimeProvider time)
{
    private const string Schema = "target_bench_batch";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var duckRatios = new Ratios();
        var pgRatios = new Ratios();
        Console.WriteLine();
        Console.WriteLine($"BATCH: {options.Records:N0} tickets in {files.Files.Count} gzip JSON-lines files, one BATCH message each, {options.RunCount} run(s)");
        Console.WriteLine($"  ceiling {BatchCeilings.DuckDbDescription}");
        Console.WriteLine($"  ceiling {BatchCeilings.PostgresDescription}");
        for (var run = 1; run <= options.RunCount; run++)
        {
            var duckFile = Path.Combine(options.WorkDirectory, "batch.duckdb");
            File.Delete(duckFile);
            File.Delete(duckFile + ".wal");
            var target = await LoadAsync("duckdb", new JsonObject { ["dialect"] = "duckdb", ["path"] = duckFile }, cancellationToken);
            var (ceiling, ceilingProcessor) = await BatchCeilings.DuckDbAsync(Path.Combine(options.WorkDirectory, "batch-ceiling.duckdb"), files.Files, time, cancellationToken);
            duckRatios.Add(Pair($"run {run} DuckDB", target, ceiling));

            // Both run in one process each, so their processor time compares too, and moves less when the machine is busy.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {string.Empty,-18} processor time: target-warehouse {target.Processor.TotalSeconds:0.00} s, DuckDB's own {ceilingProcessor.TotalSeconds:0.00} s ({target.Processor.TotalSeconds / ceilingProcessor.TotalSeconds:0.00}x)"));

            if (options.PostgresConnection is { Length: > 0 } connection)
            {
                await EngineCeilings.DropSchemaAsync(connection, Schema, cancellationToken);
                target = await LoadAsync("postgres", new JsonObject { ["dialect"] = "postgres", ["connection_string"] = connection, ["schema"] = Schema }, cancellationToken);
                ceiling = await BatchCeilings.PostgresAsync(connection, Schema, files.Files, time, cancellationToken);
                pgRatios.Add(Pair($"run {run} PostgreSQL", target, ceiling));
                await EngineCeilings.DropSchemaAsync(connection, Schema, cancellationToken);
            }
        }

        Console.WriteLine();
        Summary("DuckDB", duckRatios);
        if (pgRatios.Count > 0)
        {
            Summary("PostgreSQL", pgRatios);
        }
        else
        {
            Console.WriteLine("PostgreSQL skipped: pass --postgres CONNECTION or set ZS_TEST_POSTGRES");
        }
    }

    private static void Summary(string engine, Ratios ratios) =>
        Console.WriteLine($"{engine}: BATCH load takes {ratios} the time of the engine's own load of the same files");

    private double Pair(string what, TargetRun target, TimeSpan ceiling)
    {
        var ratio = target.Elapsed.TotalSeconds / ceiling.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {what,-18} target-warehouse {target.Elapsed.TotalSeconds,7:0.00} s ({options.Records / target.Elapsed.TotalSeconds,10:N0} rows/s, peak working set {target.PeakBytes / (1024.0 * 1024.0):0} MB)  engine's own {ceiling.TotalSeconds,7:0.00} s  BATCH load takes {ratio:0.00}x the time of the engine's own load of the same files"));
        return ratio;
    }

    private Task<TargetRun> LoadAsync(string name, JsonObject config, CancellationToken cancellationToken) =>
        TargetProcess.RunWithConfigAsync(options, $"batch-{name}", config, files.Singer, time, cancellationToken);
}
