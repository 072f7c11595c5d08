using System.Globalization;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Bench;

/// <summary>The runs with budgets off: records per second and peak memory, and requests per 10,000 tickets.</summary>
internal static class WithoutBudgets
{
    public static async Task TicketsOnlyAsync(BenchOptions options, string folder)
    {
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
    }

    public static async Task EveryStreamAsync(BenchOptions options, string folder)
    {
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
        await using (var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = options.FullTickets, RateLimits = false }, CancellationToken.None))
        {
            var (events, _) = await TapProcess.SyncAsync(simulator, folder, catalog: null, state: null, keepOutput: false, auditsSource: "ticket_events");
            Requests($"every stream, {options.FullTickets:N0} tickets, first sync, ticket_audits_source ticket_events", events, options.FullTickets);
        }
    }

    private static TimeSpan CpuTime()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void Requests(string title, RunFigures run, int tickets)
    {
        var per10K = run.Requests * 10_000.0 / tickets;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {run.Records:N0} records, {run.Requests:N0} requests ({run.IncrementalRequests:N0} incremental) in {run.Seconds:N1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  requests per 10,000 tickets: {per10K:N0}"));
        foreach (var (stream, figures) in run.Streams.Where(s => s.Value.Requests > 0).OrderByDescending(s => s.Value.Requests))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {stream,-26} {figures.Requests * 10_000.0 / tickets,8:N1} requests per 10,000 tickets ({figures.Requests:N0})"));
        }
    }
}
