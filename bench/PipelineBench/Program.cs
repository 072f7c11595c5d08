using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.PipelineBench;

// PipelineBench: a simulated account (rate limits off) through tap-zendesk | target-warehouse into a
// DuckDB file, budgets off. Prints wall time, records per second end to end, each process's peak
// memory and processor time, and each stream's time in the tap. With --batch the same account goes
// through the pipeline a second time with the tap's batch_config (files announced by BATCH messages).
// Run it in Release:
//   dotnet run -c Release --project bench/PipelineBench -- [--tickets 100000] [--seed 42] [--batch]
var tickets = Option(args, "--tickets", 100_000);
var seed = Option(args, "--seed", 42);
var failed = false;
foreach (var batch in args.Contains("--batch") ? [false, true] : new[] { false })
{
    failed |= !await RunAsync(tickets, seed, batch);
}

return failed ? 1 : 0;

static async Task<bool> RunAsync(int tickets, int seed, bool batch)
{
    var folder = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
    try
    {
        // A simulator of its own for each run: its clock runs, so a second sync of the same one would read more.
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = tickets, Seed = seed, RateLimits = false }, CancellationToken.None);
        var tap = new JsonObject
        {
            ["base_url"] = simulator.BaseUrl,
            ["email"] = simulator.Credentials.Email,
            ["api_token"] = simulator.Credentials.ApiToken,
            ["start_date"] = "2000-01-01T00:00:00Z",
            ["request_budgets"] = false,
        };
        if (batch)
        {
            // Uncompressed: the files stay on this machine, and gzip would cost the tap a core.
            tap["batch_config"] = new JsonObject
            {
                ["encoding"] = new JsonObject { ["format"] = "jsonl", ["compression"] = "none" },
                ["storage"] = new JsonObject { ["root"] = Directory.CreateDirectory(Path.Combine(folder, "batches")).FullName },
            };
        }

        var tapConfig = Write(folder, "tap.json", tap);
        var database = Path.Combine(folder, "zendesk.duckdb");
        var targetConfig = Write(folder, "target.json", new JsonObject
        {
            ["path"] = database,
            ["stream_load_methods"] = new JsonObject
            {
                ["ticket_events"] = "append-only",
                ["ticket_metric_events"] = "append-only",
                ["ticket_audits"] = "append-only",
                ["audit_logs"] = "append-only",
            },
        });

        var messages = batch ? "BATCH messages (batch_config, jsonl uncompressed)" : "RECORD messages";
        Console.WriteLine(Invariant($"tap-zendesk | target-warehouse into DuckDB, {messages}, {tickets:N0} tickets (seed {seed}), budgets and rate limits off, {Environment.ProcessorCount} cores"));
        Console.WriteLine($"  load average before  {LoadAverage()}");
        var ownProcessor = Process.GetCurrentProcess().TotalProcessorTime;
        var run = await PipeRun.RunAsync(tapConfig, targetConfig, folder, CancellationToken.None);
        if (run.TapExitCode != 0 || run.TargetExitCode != 0)
        {
            Console.Error.WriteLine($"the run failed: tap-zendesk exit {run.TapExitCode}, target-warehouse exit {run.TargetExitCode}");
            Console.Error.WriteLine(Tail(run.ProgramLog));
            Console.Error.WriteLine(Tail(run.TargetLog));
            return false;
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
        var cores = (run.Tap.UserSeconds + run.Tap.SystemSeconds + run.Target.UserSeconds + run.Target.SystemSeconds + own.TotalSeconds) / seconds;
        Console.WriteLine(Invariant($"  cores busy           {cores,12:N2} of {Environment.ProcessorCount}"));
        Console.WriteLine($"  load average after   {LoadAverage()}");
        Console.WriteLine(Invariant($"  DuckDB file          {new FileInfo(database).Length / 1048576.0,12:N0} MB"));
        foreach (var line in PipeRun.StreamSummaries(run.ProgramLog))
        {
            Console.WriteLine($"  tap: {line}");
        }

        return true;
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Write(string folder, string name, JsonNode content)
{
    var path = Path.Combine(folder, name);
    File.WriteAllText(path, content.ToJsonString());
    return path;
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
