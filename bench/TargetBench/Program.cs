using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;
using Zendesk.Singer.Bench.Target;

// Loads N ticket-shaped records with target-warehouse into DuckDB and PostgreSQL, and the same
// records with the engines' own read_json and COPY; then every record again, changed, with the
// target and with the engines' own upserts; then prints rows per second, the ratios and the
// target's peak memory. Then the same records as BATCH files, beside each engine's own load of
// those files (see BatchComparison); --batch-only runs just that.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var ct = cancellation.Token;
var options = BenchOptions.Parse(args);
var time = TimeProvider.System;
var files = new TicketFiles(options.WorkDirectory);
Console.WriteLine($"writing {options.Records:N0} ticket records to {options.WorkDirectory}");
files.Write(options.Records);
var batchFiles = new TicketBatchFiles(options.WorkDirectory, 4);
batchFiles.Write(files.JsonLines, options.Records);
if (options.BatchOnly)
{
    await new BatchComparison(options, batchFiles, time).RunAsync(ct);
    return 0;
}

var lines = new List<string>();
void Report(string what, TimeSpan elapsed, string? extra = null)
{
    var rate = options.Records / elapsed.TotalSeconds;
    var line = string.Create(CultureInfo.InvariantCulture, $"{what,-62} {elapsed.TotalSeconds,8:0.00} s {rate,12:N0} rows/s{(extra is null ? string.Empty : "  " + extra)}");
    lines.Add(line);
    Console.WriteLine(line);
}

JsonObject Config(JsonObject destination)
{
    if (options.BatchSize is { } size)
    {
        destination["batch_size_rows"] = size;
    }

    return destination;
}

async Task<TimeSpan> LoadAsync(string name, JsonObject config, string? input = null)
{
    var path = Path.Combine(options.WorkDirectory, name + ".json");
    await File.WriteAllTextAsync(path, config.ToJsonString(), ct);
    var (elapsed, peak, _) = await TargetProcess.RunAsync(path, input ?? files.Singer, time, ct);
    Report($"target-warehouse → {name}", elapsed, string.Create(CultureInfo.InvariantCulture, $"peak working set {peak / (1024.0 * 1024.0):0} MB"));
    return elapsed;
}

var duckFile = Path.Combine(options.WorkDirectory, "bench.duckdb");
var ceilingFile = Path.Combine(options.WorkDirectory, "ceiling.duckdb");
foreach (var file in new[] { duckFile, duckFile + ".wal", ceilingFile, ceilingFile + ".wal" })
{
    File.Delete(file);
}

var duck = await LoadAsync("duckdb", Config(new JsonObject { ["dialect"] = "duckdb", ["path"] = duckFile }));
var readJson = await EngineCeilings.DuckDbReadJsonAsync(ceilingFile, files.JsonLines, time, ct);
Report("DuckDB read_json (+ primary key)", readJson);
var duckUpsert = await LoadAsync("duckdb (second run: every record changed)", Config(new JsonObject { ["dialect"] = "duckdb", ["path"] = duckFile }), files.ChangedSinger);
var readJsonUpsert = await EngineCeilings.DuckDbReadJsonUpsertAsync(ceilingFile, files.ChangedJsonLines, time, ct);
Report("DuckDB read_json INSERT OR REPLACE of the changed records", readJsonUpsert);
var duckSame = await LoadAsync("duckdb (third run: the same records again)", Config(new JsonObject { ["dialect"] = "duckdb", ["path"] = duckFile }), files.ChangedSinger);

TimeSpan? pg = null, copy = null, pgUpsert = null, copyUpsert = null;
if (options.Postgres is { Length: > 0 } connection)
{
    const string Schema = "target_bench";
    await using (var setup = new NpgsqlConnection(connection))
    {
        await setup.OpenAsync(ct);
        await using var drop = setup.CreateCommand();
        drop.CommandText = $"DROP SCHEMA IF EXISTS {Schema} CASCADE";
        await drop.ExecuteNonQueryAsync(ct);
    }

    pg = await LoadAsync("postgres", Config(new JsonObject { ["dialect"] = "postgres", ["connection_string"] = connection, ["schema"] = Schema }));
    copy = await EngineCeilings.PostgresCopyAsync(connection, Schema, files.Csv, time, ct);
    Report("PostgreSQL COPY (CSV, same table shape)", copy.Value);
    pgUpsert = await LoadAsync("postgres (second run: every record changed)", Config(new JsonObject { ["dialect"] = "postgres", ["connection_string"] = connection, ["schema"] = Schema }), files.ChangedSinger);
    copyUpsert = await EngineCeilings.PostgresCopyUpsertAsync(connection, Schema, files.ChangedCsv, time, ct);
    Report("PostgreSQL COPY + INSERT ... ON CONFLICT of the changed records", copyUpsert.Value);
}
else
{
    Console.WriteLine("PostgreSQL skipped: pass --postgres CONNECTION or set ZS_TEST_POSTGRES");
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB: target-warehouse takes {duck.TotalSeconds / readJson.TotalSeconds:0.00}x the time of read_json (the run that changes none {duckSame.TotalSeconds / readJson.TotalSeconds:0.00}x); the run that changes every record {duckUpsert.TotalSeconds / readJsonUpsert.TotalSeconds:0.00}x the time of DuckDB's own upsert"));
if (pg is { } p && copy is { } c && pgUpsert is { } pu && copyUpsert is { } cu)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL: target-warehouse takes {p.TotalSeconds / c.TotalSeconds:0.00}x the time of COPY; the run that changes every record {pu.TotalSeconds / cu.TotalSeconds:0.00}x the time of PostgreSQL's own upsert"));
}

await new BatchComparison(options, batchFiles, time).RunAsync(ct);

return 0;
