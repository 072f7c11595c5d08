using System.Globalization;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Bench;

// TapBench: tap-zendesk against the simulator. Prints records per second and peak memory (budgets off,
// stdout to /dev/null), requests per 10,000 tickets for every stream on a first sync and on a second one
// after a few changes, on a first sync with the audits taken from the ticket events export, and, at the
// default budget on a simulated Enterprise and Team account at a scaled clock, the wall time of a first
// sync of tickets and audits over the least time the account's limits allow. Run it in Release:
//   dotnet run -c Release --project bench/TapBench -- [--tickets 100000] [--memory-tickets 10000,1000000]
//       [--full-tickets 20000] [--budget-tickets 1000] [--scale 30]
//       [--ticket-field-columns] (the tap's custom_ticket_fields_as_columns in the tickets-only runs)
//       [--tickets-only] (only the tickets-only runs) [--budget-only] (only the default-budget runs)
//       [--batch DIR] (each tickets-only run repeated with batch_config writing gzip files to DIR, removed after)
//       [--help]

// Zendesk's documented limit on the incremental exports, without the High Volume add-on.
const int ExportsPerMinute = 10;

// The figure the Enterprise run is compared with: singer-io's tap-zendesk at its default settings takes
// 128 s for a first sync of 1,000 tickets with audits on a real Enterprise account (700 a minute).
const int SingerEnterpriseTickets = 1_000;
const double SingerEnterpriseSeconds = 128;

var (parsed, exitCode) = await BenchCommandLine.ParseAsync<BenchOptions>(
    args,
    "TapBench",
    [
        "Runs tap-zendesk against the simulator: records per second and peak memory,",
        "requests per 10,000 tickets, and the wall time of a first sync at the default",
        "budget over the least time the account's limits allow.",
    ]);
if (parsed is not { } options)
{
    return exitCode;
}
var folder = Directory.CreateTempSubdirectory("tap-bench-").FullName;
try
{
    Console.WriteLine($"tap-zendesk bench on {Environment.ProcessorCount} cores");
    if (!options.BudgetOnly)
    {
        await WithoutBudgets.TicketsOnlyAsync(options, folder);
        if (options.TicketsOnly)
        {
            return 0;
        }

        await WithoutBudgets.EveryStreamAsync(options, folder);
    }

    foreach (var plan in new[] { ZendeskPlan.Enterprise, ZendeskPlan.Team })
    {
        Console.WriteLine();
        var (budgeted, wallMinutes, tooMany, limit) = await BudgetRun.RunAsync(options, folder, plan);

        // A limit of L per sliding minute lets R requests go in batches of L, one minute apart: the last
        // batch can start no sooner than ceil(R / L) - 1 minutes after the first. The floor at the account's
        // whole limit is the least any client can take; the default leaves rate_limit_reserve of it to other
        // integrations, so its own floor is taken at the limit less that share.
        var budget = budgeted.AdoptedRequestsPerMinute;
        var exportsFloor = Floor(budgeted.IncrementalRequests, ExportsPerMinute);
        var floor = Math.Max(Floor(budgeted.Requests, limit), exportsFloor);
        var ownFloor = Math.Max(Floor(budgeted.Requests, budget), exportsFloor);
        var seconds = wallMinutes * 60;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"default budget, simulated {plan} account ({limit}/min, exports {ExportsPerMinute}/min), clock x{options.Scale}, first sync of {options.BudgetTickets:N0} tickets with ticket_audits:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {budgeted.Requests:N0} requests ({budgeted.IncrementalRequests:N0} incremental); floor {floor:N0} s at the account's limit, {ownFloor:N0} s at the default budget ({budget}/min, the rest left to other integrations)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wall time {seconds:N1} s of account time = {Ratio(seconds, floor)} the floor at the account's limit, {Ratio(seconds, ownFloor)} the floor at the default budget; 429 answers: {tooMany}; 429 waits in the tap: {budgeted.RateLimitWaits}"));
        if (plan == ZendeskPlan.Enterprise && options.BudgetTickets == SingerEnterpriseTickets)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  singer-io's tap-zendesk, same work on a real Enterprise account: {SingerEnterpriseSeconds} s; this run is {SingerEnterpriseSeconds / seconds:N2} x faster"));
        }
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

return 0;

// The least seconds R requests take at L a minute: ceil(R / L) - 1 minutes.
static double Floor(long requests, int perMinute) => Math.Max(0, Math.Ceiling((double)requests / perMinute) - 1) * 60;

static string Ratio(double seconds, double floor) =>
    floor > 0 ? (seconds / floor).ToString("N3", CultureInfo.InvariantCulture) + " x" : "(no floor: one minute's requests) against";
