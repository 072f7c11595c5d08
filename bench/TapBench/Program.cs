using System.Globalization;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Bench;

// TapBench: tap-zendesk against the simulator. Prints records per second and peak memory (budgets off,
// stdout to /dev/null), requests per 10,000 tickets for every stream on a first sync and on a second one
// after a few changes, and, with budgets on at a scaled clock, wall time over the least time the budgets
// allow. Run it in Release:
//   dotnet run -c Release --project bench/TapBench -- [--tickets 100000] [--memory-tickets 10000,1000000]
//       [--full-tickets 20000] [--budget-tickets 3000] [--scale 30]
//       [--ticket-field-columns false] (the tap's custom_ticket_fields_as_columns in the tickets-only runs)
//       [--tickets-only false] (only the tickets-only runs)
//       [--batch DIR] (each tickets-only run repeated with batch_config writing gzip files to DIR, removed after)
var options = BenchOptions.Parse(args);
var folder = Directory.CreateTempSubdirectory("tap-bench-").FullName;
try
{
    Console.WriteLine($"tap-zendesk bench on {Environment.ProcessorCount} cores");
    Console.WriteLine();
    Console.WriteLine($"tickets only, budgets off, stdout to /dev/null, custom_ticket_fields_as_columns {(options.TicketFieldColumns ? "on" : "off")}:");
    var batchColumns = options.BatchDirectory is null ? string.Empty : " | BATCH records/s | per tap CPU second | peak memory";
    Console.WriteLine($"  tickets    | ticket records/s | per tap CPU second | peak memory | simulator CPU{batchColumns}");
    foreach (var size in options.MemoryTickets.Append(options.Tickets).Distinct().Order())
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = size, RateLimits = false }, CancellationToken.None);
        var catalog = TapProcess.SelectOnly(await TapProcess.DiscoverAsync(simulator, folder, options.TicketFieldColumns), "tickets");
        await SimulatorWarmUp.ReadTicketExportAsync(simulator, CancellationToken.None);
        // The bench idles while the tap runs: what this process spends meanwhile is the simulator's serving.
        var simulatorCpu = CpuTime();
        var run = await TapProcess.SyncAsync(simulator, folder, catalog, options.TicketFieldColumns);
        simulatorCpu = CpuTime() - simulatorCpu;
        var tickets = run.Streams["tickets"];
        var rate = tickets.Records / Math.Max(tickets.Seconds, 0.1);
        var cpuRate = tickets.Records / Math.Max(run.CpuSeconds, 0.1);
        var batched = string.Empty;
        if (options.BatchDirectory is { } batchDirectory)
        {
            // The same sync again, its records to batch files: the RECORD run above is its baseline.
            await SimulatorWarmUp.ReadTicketExportAsync(simulator, CancellationToken.None);
            var batchRun = await TapProcess.SyncAsync(simulator, folder, catalog, options.TicketFieldColumns, batchDirectory);
            var batchTickets = batchRun.Streams["tickets"];
            batched = string.Create(
                CultureInfo.InvariantCulture,
                $" | {batchTickets.Records / Math.Max(batchTickets.Seconds, 0.1),15:N0} | {batchTickets.Records / Math.Max(batchRun.CpuSeconds, 0.1),18:N0} | {batchRun.PeakMemoryMegabytes,8:N0} MB");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {size,10:N0} | {rate,16:N0} | {cpuRate,18:N0} | {run.PeakMemoryMegabytes,8:N0} MB | {simulatorCpu.TotalSeconds,10:N2} s{batched}"));
    }

    if (options.TicketsOnly)
    {
        return;
    }

    Console.WriteLine();
    await using (var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = options.FullTickets, RateLimits = false }, CancellationToken.None))
    {
        var (first, state) = await TapProcess.SyncAsync(simulator, folder, catalog: null, state: null, keepOutput: true);
        Requests($"every stream, {options.FullTickets:N0} tickets, first sync", first, options.FullTickets);
        var changes = FewChanges.Apply(simulator);
        var (second, _) = await TapProcess.SyncAsync(simulator, folder, catalog: null, state, keepOutput: false);
        Console.WriteLine();
        Requests($"every stream, second sync after {changes}", second, options.FullTickets);
    }

    Console.WriteLine();
    var (budgeted, wallMinutes, tooMany) = await BudgetRun.RunAsync(options, folder);
    // A budget of L per sliding minute lets R requests go in batches of L, one minute apart: the last batch
    // can start no sooner than ceil(R / L) - 1 minutes after the first.
    var coreFloor = Math.Max(0, Math.Ceiling((double)budgeted.Requests / options.CoreRequestsPerMinute) - 1);
    var incrementalFloor = Math.Max(0, Math.Ceiling((double)budgeted.IncrementalRequests / options.IncrementalRequestsPerMinute) - 1);
    var floor = Math.Max(coreFloor, incrementalFloor);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"budgets on ({options.CoreRequestsPerMinute}/min core, {options.IncrementalRequestsPerMinute}/min incremental), clock x{options.Scale}, {options.BudgetTickets:N0} tickets, every stream:"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {budgeted.Requests:N0} requests ({budgeted.IncrementalRequests:N0} incremental); floor {floor:N0} budget minutes (core {coreFloor:N0}, incremental {incrementalFloor:N0})"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wall time {wallMinutes:N2} budget minutes = {wallMinutes / floor:N3} x the floor; 429 answers: {tooMany}; 429 waits in the tap: {budgeted.RateLimitWaits}"));
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static TimeSpan CpuTime()
{
    using var process = System.Diagnostics.Process.GetCurrentProcess();
    return process.TotalProcessorTime;
}

static void Requests(string title, RunFigures run, int tickets)
{
    var per10K = run.Requests * 10_000.0 / tickets;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {run.Records:N0} records, {run.Requests:N0} requests ({run.IncrementalRequests:N0} incremental) in {run.Seconds:N1} s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  requests per 10,000 tickets: {per10K:N0}"));
    foreach (var (stream, figures) in run.Streams.Where(s => s.Value.Requests > 0).OrderByDescending(s => s.Value.Requests))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {stream,-26} {figures.Requests * 10_000.0 / tickets,8:N1} requests per 10,000 tickets ({figures.Requests:N0})"));
    }
}
