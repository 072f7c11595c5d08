using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Bench;
using Zendesk.Singer.PipelineBench;

// PipelineBench: a simulated account (rate limits off) through tap-zendesk | target-warehouse into a
// DuckDB file, budgets off. Prints wall time, records per second end to end, each process's peak
// memory and processor time, and each stream's time in the tap. With --alone each program then runs
// alone on the same account, the tap's output to a file and the target reading that file, and the
// pipeline's time is compared with the slower of the two: what the pipeline could at best reach;
// DuckDB then loads the same records by itself, and the processor time of the tap, the simulated
// account and DuckDB alone gives the pipeline's best on this machine's cores; then the target is
// killed mid-load and the next run's replay of the DuckDB log it left is measured.
// Run it in Release:
//   dotnet run -c Release --project bench/PipelineBench -- [--tickets 100000] [--seed 42] [--alone] [--batch gzip|none] [--help]
var (parsed, exitCode) = await BenchCommandLine.ParseAsync<BenchOptions>(
    args,
    "PipelineBench",
    [
        "Runs tap-zendesk | target-warehouse on a simulated account into DuckDB; prints",
        "records per second end to end and each process's peak memory and processor",
        "time; with --alone, each program alone on the same account as well, DuckDB's",
        "own load of the same records, and the memory of a run after the target was",
        "killed mid-load.",
    ]);
if (parsed is not { } options)
{
    return exitCode;
}

if (await PipelineAsync(options) is not { } pipeline)
{
    return 1;
}

return !options.Alone || await AloneAsync(options, pipeline) ? 0 : 1;

static async Task<TimeSpan?> PipelineAsync(BenchOptions options)
{
    var folder = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
    try
    {
        await using var simulator = await SimulatorHost.StartAsync(Account(options), CancellationToken.None);
        var tapConfig = Write(folder, "tap.json", TapConfig(simulator, options, folder));
        var database = Path.Combine(folder, "zendesk.duckdb");
        var targetConfig = Write(folder, "target.json", TargetConfig(database));

        Console.WriteLine(Invariant($"tap-zendesk | target-warehouse into DuckDB, {options.Tickets:N0} tickets (seed {options.Seed}), budgets and rate limits off, {(options.Batch is { } batch ? $"BATCH files ({batch}), " : string.Empty)}{Environment.ProcessorCount} cores"));
        Console.WriteLine($"  load average before  {LoadAverage()}");
        var ownProcessor = Process.GetCurrentProcess().TotalProcessorTime;
        var run = await PipeRun.RunAsync(tapConfig, targetConfig, folder, CancellationToken.None);
        if (run.TapExitCode != 0 || run.TargetExitCode != 0)
        {
            Console.Error.WriteLine($"the run failed: tap-zendesk exit {run.TapExitCode}, target-warehouse exit {run.TargetExitCode}");
            Console.Error.WriteLine(Tail(run.ProgramLog));
            Console.Error.WriteLine(Tail(run.TargetLog));
            return null;
        }

        var seconds = run.Wall.TotalSeconds;

        // All this process does meanwhile is serve the simulated account.
        var own = Process.GetCurrentProcess().TotalProcessorTime - ownProcessor;
        Console.WriteLine(Invariant($"  wall time            {seconds,12:N1} s"));
        Console.WriteLine(Invariant($"  records              {run.LoadedRecords,12:N0} loaded ({run.TapRecords:N0} sent by the tap, {run.Tap.WrittenBytes / 1048576.0:N0} MB written by the tap)"));
        Console.WriteLine(Invariant($"  records per second   {run.LoadedRecords / seconds,12:N0} end to end"));
        Console.WriteLine(Invariant($"  API requests         {simulator.Requests.Total,12:N0}"));
        Console.WriteLine(Invariant($"  tap peak memory      {run.Tap.Megabytes,12:N0} MB"));
        Console.WriteLine(Invariant($"  target peak memory   {run.Target.Megabytes,12:N0} MB"));
        Console.WriteLine(Invariant($"  tap CPU              {run.Tap.UserSeconds,12:N1} s user {run.Tap.SystemSeconds,6:N1} s system"));
        Console.WriteLine(Invariant($"  target CPU           {run.Target.UserSeconds,12:N1} s user {run.Target.SystemSeconds,6:N1} s system"));
        Console.WriteLine(Invariant($"  simulator CPU        {own.TotalSeconds,12:N1} s"));
        var cores = (run.Tap.ProcessorSeconds + run.Target.ProcessorSeconds + own.TotalSeconds) / seconds;
        Console.WriteLine(Invariant($"  cores busy           {cores,12:N2} of {Environment.ProcessorCount}"));
        Console.WriteLine($"  load average after   {LoadAverage()}");
        Console.WriteLine(Invariant($"  DuckDB file          {new FileInfo(database).Length / 1048576.0,12:N0} MB"));
        foreach (var line in PipeRun.StreamSummaries(run.ProgramLog))
        {
            Console.WriteLine($"  tap: {line}");
        }

        return run.Wall;
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

static async Task<bool> AloneAsync(BenchOptions options, TimeSpan pipeline)
{
    var folder = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
    try
    {
        Console.WriteLine();
        Console.WriteLine("each program alone, on a new account of the same seed: the tap's output to a file, then the target reading it");
        Console.WriteLine($"  load average before  {LoadAverage()}");
        var messages = Path.Combine(folder, "messages.jsonl");
        SoloFigures tap;
        TimeSpan serving;
        await using (var simulator = await SimulatorHost.StartAsync(Account(options), CancellationToken.None))
        {
            // All this process does meanwhile is serve the simulated account.
            var ownProcessor = Process.GetCurrentProcess().TotalProcessorTime;
            tap = await SoloRun.RunAsync(PipeRun.TapDll, Write(folder, "tap.json", TapConfig(simulator, options, folder)), folder, ">", messages, CancellationToken.None);
            serving = Process.GetCurrentProcess().TotalProcessorTime - ownProcessor;
        }

        var target = tap.ExitCode == 0
            ? await SoloRun.RunAsync(PipeRun.TargetDll, Write(folder, "target.json", TargetConfig(Path.Combine(folder, "zendesk.duckdb"))), folder, "<", messages, CancellationToken.None)
            : null;
        foreach (var (name, run) in new[] { ("tap", tap), ("target", target) })
        {
            if (run is null || run.ExitCode != 0)
            {
                Console.Error.WriteLine($"the {name} alone failed" + (run is null ? string.Empty : $": exit {run.ExitCode}"));
                Console.Error.WriteLine(Tail(run?.Log ?? string.Empty));
                return false;
            }

            Console.WriteLine(Invariant($"  {name + " alone",-14} {run.Wall.TotalSeconds,10:N1} s {run.Records / run.Wall.TotalSeconds,10:N0} records/s   CPU {run.Usage.UserSeconds,6:N1} s user {run.Usage.SystemSeconds,5:N1} s system   peak {run.Usage.Megabytes,5:N0} MB"));
        }

        var slower = tap.Wall > target!.Wall ? ("tap", tap.Wall) : ("target", target.Wall);
        Console.WriteLine(Invariant($"  pipeline       {pipeline.TotalSeconds,10:N1} s, {pipeline / slower.Item2:N2}x the slower program alone (the {slower.Item1})"));
        await OwnLoadAsync(folder, messages, tap, serving, target);
        var stoppedDatabase = Path.Combine(folder, "stopped.duckdb");
        var stopped = await StoppedRun.RunAsync(Write(folder, "stopped.json", TargetConfig(stoppedDatabase)), stoppedDatabase, folder, messages, CancellationToken.None);
        Console.WriteLine(stopped is (var logBytes, var next)
            ? Invariant($"  target killed once its DuckDB log passed {logBytes / 1048576.0:N0} MB: the next run replays it in {next.Wall.TotalSeconds:N1} s, peak {next.Usage.Megabytes:N0} MB (the target alone above: {target.Usage.Megabytes:N0} MB){(next.ExitCode == 0 ? string.Empty : $", exit {next.ExitCode}")}")
            : Invariant($"  the target's DuckDB log never passed {StoppedRun.LogBytes / 1048576.0:N0} MB: no stopped run to replay"));
        Console.WriteLine($"  load average after   {LoadAverage()}");
        return true;
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

// DuckDB's own load of the same records, and what the processor time of the three parts allows
// the pipeline at best on this machine's cores.
static async Task OwnLoadAsync(string folder, string messages, SoloFigures tap, TimeSpan serving, SoloFigures target)
{
    var streams = await StreamRecordFiles.SplitAsync(messages, Path.Combine(folder, "records"), CancellationToken.None);
    var (wall, processor, fileBytes) = await DuckDbOwnLoad.RunAsync(streams.Values.Select(s => s.Path), Path.Combine(folder, "own.duckdb"), CancellationToken.None);
    var records = streams.Values.Sum(s => s.Records);
    Console.WriteLine(Invariant($"  DuckDB alone   {wall.TotalSeconds,10:N1} s {records / wall.TotalSeconds,10:N0} records/s   CPU {processor.TotalSeconds,6:N1} s in all   file {fileBytes / 1048576.0:N0} MB: its own read_json of each of the {streams.Count} streams' records, without keys (the target alone above: {target.Wall.TotalSeconds:N1} s, CPU {target.Usage.ProcessorSeconds:N1} s)"));
    var floor = (tap.Usage.ProcessorSeconds + serving.TotalSeconds + processor.TotalSeconds) / Environment.ProcessorCount;
    Console.WriteLine(Invariant($"  at best        {floor,10:N1} s {records / floor,10:N0} records/s end to end: the processor time of the tap alone ({tap.Usage.ProcessorSeconds:N1} s), of the simulated account serving it ({serving.TotalSeconds:N1} s) and of DuckDB alone, spread over {Environment.ProcessorCount} cores"));
}

// The simulated account both runs sync: the bench's size and seed, rate limits off.
static SimulatorOptions Account(BenchOptions options) => new() { Tickets = options.Tickets, Seed = options.Seed, RateLimits = false };

static JsonObject TapConfig(SimulatorHost simulator, BenchOptions options, string folder)
{
    var config = new JsonObject
    {
        ["base_url"] = simulator.BaseUrl,
        ["email"] = simulator.Credentials.Email,
        ["api_token"] = simulator.Credentials.ApiToken,
        ["start_date"] = "2000-01-01T00:00:00Z",
        ["request_budgets"] = false,
    };
    if (options.Batch is { } compression)
    {
        config["batch_config"] = TapBatchConfig.For(Path.Combine(folder, "batch"), "bench-", compression);
    }

    return config;
}

static JsonObject TargetConfig(string database) => new()
{
    ["path"] = database,
    ["stream_load_methods"] = new JsonObject
    {
        ["ticket_events"] = "append-only",
        ["ticket_metric_events"] = "append-only",
        ["ticket_audits"] = "append-only",
        ["audit_logs"] = "append-only",
    },
};

static string Write(string folder, string name, JsonNode content)
{
    var path = Path.Combine(folder, name);
    File.WriteAllText(path, content.ToJsonString());
    return path;
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

// A failed run's errors first, which its closing summary would push out of a plain tail.
static string Tail(string text) =>
    string.Join('\n', text.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(20))
    + "\n" + (text.Length <= 4000 ? text : text[^4000..]);

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
