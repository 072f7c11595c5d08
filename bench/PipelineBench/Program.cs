using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.PipelineBench;

// PipelineBench: a simulated account (rate limits off) through tap-zendesk | target-warehouse into a
// DuckDB file, budgets off. Prints wall time, records per second end to end and both processes' peak
// memory. Run it in Release:
//   dotnet run -c Release --project bench/PipelineBench -- [--tickets 100000] [--seed 42]
var tickets = Option(args, "--tickets", 100_000);
var seed = Option(args, "--seed", 42);
var folder = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;
try
{
    await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = tickets, Seed = seed, RateLimits = false }, CancellationToken.None);
    var tapConfig = Write(folder, "tap.json", new JsonObject
    {
        ["base_url"] = simulator.BaseUrl,
        ["email"] = simulator.Credentials.Email,
        ["api_token"] = simulator.Credentials.ApiToken,
        ["start_date"] = "2000-01-01T00:00:00Z",
        ["request_budgets"] = false,
    });
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

    Console.WriteLine(Invariant($"tap-zendesk | target-warehouse into DuckDB, {tickets:N0} tickets (seed {seed}), budgets and rate limits off, {Environment.ProcessorCount} cores"));
    var run = await PipeRun.RunAsync(tapConfig, targetConfig, folder, CancellationToken.None);
    if (run.TapExitCode != 0 || run.TargetExitCode != 0)
    {
        Console.Error.WriteLine($"the run failed: tap-zendesk exit {run.TapExitCode}, target-warehouse exit {run.TargetExitCode}");
        Console.Error.WriteLine(Tail(run.ProgramLog));
        Console.Error.WriteLine(Tail(run.TargetLog));
        return 1;
    }

    var seconds = run.Wall.TotalSeconds;
    Console.WriteLine(Invariant($"  wall time            {seconds,12:N1} s"));
    Console.WriteLine(Invariant($"  records              {run.LoadedRecords,12:N0} loaded ({run.TapRecords:N0} sent by the tap, {run.PipeBytes / 1048576.0:N0} MB through the pipe)"));
    Console.WriteLine(Invariant($"  records per second   {run.LoadedRecords / seconds,12:N0} end to end"));
    Console.WriteLine(Invariant($"  API requests         {simulator.Requests.Total,12:N0}"));
    Console.WriteLine(Invariant($"  tap peak memory      {run.TapPeakMegabytes,12:N0} MB"));
    Console.WriteLine(Invariant($"  target peak memory   {run.TargetPeakMegabytes,12:N0} MB"));
    Console.WriteLine(Invariant($"  DuckDB file          {new FileInfo(database).Length / 1048576.0,12:N0} MB"));
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
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

static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
