using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Destination.Writing;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Cli;

namespace Zendesk.Singer.Destination.Tests.Writing;

public sealed class JobRunnerTests
{
    private const int MaxJobs = 30;

    [Theory]
    [InlineData(null, 630, "half the jobs at Enterprise's 700 a minute less the 10 % reserve, the limit an auto budget adopts")]
    [InlineData(120, 120, "half the jobs at the fixed budget")]
    public async Task Spaces_its_polls_by_the_budget_the_client_keeps_to(int? requestsPerMinute, int budget, string why)
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = 5, Seed = 42, Plan = ZendeskPlan.Enterprise }, CancellationToken.None);
        using var client = Client(simulator, requestsPerMinute, budgets: true);
        var jobs = new JobRunner(client, MaxJobs, TimeProvider.System);

        using (await client.GetJsonAsync("/api/v2/users/me.json", RequestBudget.Core, CancellationToken.None))
        {
        }

        jobs.PollInterval.ShouldBe(TimeSpan.FromMinutes(15 / (double)budget), why);
    }

    [Fact]
    public async Task Polls_on_a_short_timer_without_budgets()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = 5, Seed = 42, RateLimits = false }, CancellationToken.None);
        using var client = Client(simulator, requestsPerMinute: 120, budgets: false);

        new JobRunner(client, MaxJobs, TimeProvider.System).PollInterval.ShouldBe(TimeSpan.FromMilliseconds(50));
    }

    private static ZendeskClient Client(SimulatorHost simulator, int? requestsPerMinute, bool budgets) => new(
        new ZendeskClientOptions
        {
            BaseUri = new Uri(simulator.BaseUrl),
            Email = simulator.Credentials.Email,
            ApiToken = simulator.Credentials.ApiToken,
            CoreRequestsPerMinute = requestsPerMinute,
            BudgetsEnabled = budgets,
        },
        new ProgramLog(TextWriter.Null, LogFormat.Text, TimeProvider.System),
        TimeProvider.System);
}
