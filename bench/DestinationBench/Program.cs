using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Bench;
using Zendesk.Singer.Destination.Cli;
using Zendesk.Singer.Tap.Tests.Fixtures;

// DestinationBench: target-zendesk writing new users into the simulator with the account's rate limit
// on and the target's budget set to it, on a clock running --scale times faster than real time (the
// target's and the simulator's alike). Prints users upserted per budget minute beside the floor: the
// least time the budget allows, at its sustained rate, for the fewest requests that work needs. Run it in Release:
//   dotnet run -c Release --project bench/DestinationBench -- [--users 100000] [--budget 200] [--scale 5] [--help]
var (parsed, exitCode) = await BenchCommandLine.ParseAsync<BenchOptions>(
    args,
    "DestinationBench",
    [
        "Runs target-zendesk writing new users into the simulator at the account's",
        "rate limit on a scaled clock; prints users upserted per budget minute beside",
        "the least time the budget allows.",
    ]);
if (parsed is not { } options)
{
    return exitCode;
}
var folder = Directory.CreateTempSubdirectory("destination-bench-").FullName;
try
{
    await using var simulator = await SimulatorHost.StartAsync(
        new SimulatorOptions { Tickets = 10, RateLimits = true, TimeScale = options.Scale, RequestsPerMinute = options.Budget },
        CancellationToken.None);
    var config = new JsonObject
    {
        ["base_url"] = simulator.BaseUrl,
        ["client_id"] = simulator.Options.ClientId,
        ["client_secret"] = simulator.Options.ClientSecret,
        ["max_requests_per_minute"] = options.Budget,
        ["rejects_file"] = Path.Combine(folder, "rejects.jsonl"),
    };
    var configPath = Path.Combine(folder, "config.json");
    await File.WriteAllTextAsync(configPath, config.ToJsonString());
    var input = new StringBuilder();
    for (var i = 0; i < options.Users; i++)
    {
        input.Append(CultureInfo.InvariantCulture, $$$$"""{"type":"RECORD","stream":"identifies","record":{"userId":"bench-{{{{i}}}}","traits":{"email":"bench{{{{i}}}}@example.com","name":"Bench User {{{{i}}}}"}}}""").Append('\n');
    }

    input.Append("""{"type":"STATE","value":{"done":true}}""").Append('\n');

    var clock = new ScaledTimeProvider(options.Scale);
    using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input.ToString()));
    using var stdout = new MemoryStream();
    using var stderr = new StringWriter();
    var started = clock.GetTimestamp();
    var code = await TargetCommandLine.RunAsync(["--config", configPath, "--log-format", "json"], new DestinationRuntime(stdin, stdout, stderr, clock), CancellationToken.None);
    var minutes = clock.GetElapsedTime(started).TotalMinutes;
    if (code != 0 || !stderr.ToString().Contains($"\"identify: {options.Users} received, {options.Users} created", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"the run failed or did not create every user (exit {code}): {stderr}");
    }

    var log = stderr.ToString();
    var (requests, jobs, polls) = (Figure(log, "total"), Figure(log, "jobs"), Figure(log, "job_polls"));

    // The fewest requests the work needs: one sign-in, one job per 100 users, one status poll per 30
    // jobs (Zendesk's limit of jobs in flight, all confirmed by one poll). Sent at the budget's rate
    // without a pause, they take R / B minutes: the floor. (A sliding minute lets the very first minute
    // go faster, which a run of several minutes makes small.)
    var fewestJobs = (int)Math.Ceiling(options.Users / 100.0);
    var fewest = 1 + fewestJobs + (int)Math.Ceiling(fewestJobs / 30.0);
    var floor = (double)fewest / options.Budget;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target-zendesk bench: {options.Users:N0} new users, budget {options.Budget}/min (the account's limit), clock x{options.Scale}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  requests: {requests:N0} ({jobs:N0} jobs, {polls:N0} status polls); the fewest possible: {fewest:N0}; 429 answers: {simulator.Requests.ForStatus(429)}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wall time {minutes:N2} budget minutes; floor {floor:N2} budget minutes"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  users upserted per minute: {options.Users / minutes:N0}; floor allows {options.Users / floor:N0}; {floor / minutes:P1} of the floor"));
}
finally
{
    Directory.Delete(folder, recursive: true);
}

return 0;

// A number logged as "key":N in the target's JSON log lines (the last one wins).
static long Figure(string log, string key)
{
    var marker = $"\"{key}\":";
    var at = log.LastIndexOf(marker, StringComparison.Ordinal);
    if (at < 0)
    {
        return -1;
    }

    var start = at + marker.Length;
    var end = start;
    while (end < log.Length && char.IsAsciiDigit(log[end]))
    {
        end++;
    }

    return long.Parse(log.AsSpan(start, end - start), CultureInfo.InvariantCulture);
}
