using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Bench.Target;

/// <summary>
/// The record path: target-warehouse loading the tickets as RECORD messages, beside DuckDB's own
/// read_json and PostgreSQL's own COPY of the same records; then every record again, changed, beside
/// the engines' own upserts; then (DuckDB) the same records once more. Repeated and summed up by the
/// median, since one run's ratio moves with whatever else the machine is doing. For DuckDB the
/// processor time of the first load is compared too: on a machine whose cores both engines keep
/// busy, the time ratio cannot fall below it.
/// </summary>
internal sealed class RecordComparison(BenchOptions options, TicketFiles files, TimeProvider time)
{
    private const string Schema = "target_bench";

    private readonly Ratios _duckLoad = new();
    private readonly Ratios _duckProcessor = new();
    private readonly Ratios _duckUpsert = new();
    private readonly Ratios _duckSame = new();
    private readonly Ratios _pgLoad = new();
    private readonly Ratios _pgUpsert = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        for (var run = 1; run <= options.RunCount; run++)
        {
            Console.WriteLine();
            Console.WriteLine($"RECORD run {run} of {options.RunCount}: {options.Records:N0} ticket records");
            await DuckDbAsync(cancellationToken);
            if (options.PostgresConnection is { Length: > 0 } connection)
            {
                await PostgresAsync(connection, cancellationToken);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"DuckDB: target-warehouse takes {_duckLoad} the time of read_json (+ primary key)");
        Console.WriteLine($"DuckDB: target-warehouse uses {_duckProcessor} the processor time of read_json (+ primary key)");
        Console.WriteLine($"DuckDB: the run that changes every record takes {_duckUpsert} the time of DuckDB's own upsert");
        Console.WriteLine($"DuckDB: the run that changes none takes {_duckSame} the time of read_json");
        if (_pgLoad.Count > 0)
        {
            Console.WriteLine($"PostgreSQL: target-warehouse takes {_pgLoad} the time of COPY");
            Console.WriteLine($"PostgreSQL: the run that changes every record takes {_pgUpsert} the time of PostgreSQL's own upsert");
        }
        else
        {
            Console.WriteLine("PostgreSQL skipped: pass --postgres CONNECTION or set ZS_TEST_POSTGRES");
        }
    }

    private async Task DuckDbAsync(CancellationToken cancellationToken)
    {
        var duckFile = Path.Combine(options.WorkDirectory, "bench.duckdb");
        var ceilingFile = Path.Combine(options.WorkDirectory, "ceiling.duckdb");
        foreach (var file in new[] { duckFile, duckFile + ".wal", ceilingFile, ceilingFile + ".wal" })
        {
            File.Delete(file);
        }

        var config = new JsonObject { ["dialect"] = "duckdb", ["path"] = duckFile };
        var target = await LoadMeasuredAsync("duckdb", config, files.Singer, cancellationToken);
        var load = target.Elapsed;
        var processor = Environment.CpuUsage.TotalTime;
        var readJson = await EngineCeilings.DuckDbReadJsonAsync(ceilingFile, files.JsonLines, time, cancellationToken);
        var readJsonProcessor = Environment.CpuUsage.TotalTime - processor;
        Report("DuckDB read_json (+ primary key)", readJson);

        // DuckDB runs inside the bench, so the bench's own processor time is read_json's. Beside the
        // time ratio, this one tells work done apart from cores left idle.
        _duckProcessor.Add(target.Processor / readJsonProcessor);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {string.Empty,-62} processor time: target-warehouse {target.Processor.TotalSeconds:0.00} s, read_json {readJsonProcessor.TotalSeconds:0.00} s ({target.Processor / readJsonProcessor:0.00}x)"));

        // Whichever side comes near the load's time is the one to make faster: the commit thread
        // (DuckDB's appends and commits) or the rest (reading and converting records, the runtime).
        var rest = target.Processor - target.CommitProcessor;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {string.Empty,-62} of the target's: commit thread {target.CommitProcessor.TotalSeconds:0.00} s ({target.CommitProcessor / load:0%} of the load's time), every other thread {rest.TotalSeconds:0.00} s ({rest / load:0%})"));
        var upsert = await LoadAsync("duckdb (second run: every record changed)", config, files.ChangedSinger, cancellationToken);
        var readJsonUpsert = await EngineCeilings.DuckDbReadJsonUpsertAsync(ceilingFile, files.ChangedJsonLines, time, cancellationToken);
        Report("DuckDB read_json INSERT OR REPLACE of the changed records", readJsonUpsert);
        var same = await LoadAsync("duckdb (third run: the same records again)", config, files.ChangedSinger, cancellationToken);
        _duckLoad.Add(load / readJson);
        _duckUpsert.Add(upsert / readJsonUpsert);
        _duckSame.Add(same / readJson);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  DuckDB: {load / readJson:0.00}x read_json, {upsert / readJsonUpsert:0.00}x its upsert, {same / readJson:0.00}x read_json for the run that changes none"));
    }

    private async Task PostgresAsync(string connection, CancellationToken cancellationToken)
    {
        await EngineCeilings.DropSchemaAsync(connection, Schema, cancellationToken);

        var config = new JsonObject { ["dialect"] = "postgres", ["connection_string"] = connection, ["schema"] = Schema };
        var load = await LoadAsync("postgres", config, files.Singer, cancellationToken);
        var copy = await EngineCeilings.PostgresCopyAsync(connection, Schema, files.Csv, time, cancellationToken);
        Report("PostgreSQL COPY (CSV, same table shape)", copy);
        var upsert = await LoadAsync("postgres (second run: every record changed)", config, files.ChangedSinger, cancellationToken);
        var copyUpsert = await EngineCeilings.PostgresCopyUpsertAsync(connection, Schema, files.ChangedCsv, time, cancellationToken);
        Report("PostgreSQL COPY + INSERT ... ON CONFLICT of the changed records", copyUpsert);
        _pgLoad.Add(load / copy);
        _pgUpsert.Add(upsert / copyUpsert);

        // Left in place, the fresh tables are vacuumed and analysed in the background while the next run is timed.
        await EngineCeilings.DropSchemaAsync(connection, Schema, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PostgreSQL: {load / copy:0.00}x COPY, {upsert / copyUpsert:0.00}x its upsert"));
    }

    /// <summary>Runs the target on <paramref name="input"/> and prints its time, rate and peak working set.</summary>
    private async Task<TimeSpan> LoadAsync(string name, JsonObject config, string input, CancellationToken cancellationToken) =>
        (await LoadMeasuredAsync(name, config, input, cancellationToken)).Elapsed;

    /// <returns>Also the processor time the target used, and its commit thread's part of it.</returns>
    private async Task<TargetRun> LoadMeasuredAsync(string name, JsonObject config, string input, CancellationToken cancellationToken)
    {
        var run = await TargetProcess.RunWithConfigAsync(options, name, config, input, time, cancellationToken);
        Report($"target-warehouse → {name}", run.Elapsed, string.Create(CultureInfo.InvariantCulture, $"peak working set {run.PeakBytes / (1024.0 * 1024.0):0} MB"));
        return run;
    }

    private void Report(string what, TimeSpan elapsed, string? extra = null)
    {
        var rate = options.Records / elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-62} {elapsed.TotalSeconds,8:0.00} s {rate,12:N0} rows/s{(extra is null ? string.Empty : "  " + extra)}"));
    }
}
