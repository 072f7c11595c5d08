using System.Net;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Hosting;

public sealed class SimulatorHostTests
{
    [Fact]
    public async Task Listens_on_a_free_loopback_port()
    {
        await using var first = await TestAccount.Start();
        await using var second = await TestAccount.Start();

        first.Host.BaseUrl.ShouldStartWith("http://127.0.0.1:");
        first.Host.BaseUrl.ShouldNotBe(second.Host.BaseUrl);
        (await first.Get("/api/v2/users/me")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_same_seed_and_sizes_give_the_same_data()
    {
        await using var first = await TestAccount.Start(new SimulatorOptions { Seed = 11, Tickets = 50 });
        await using var second = await TestAccount.Start(new SimulatorOptions { Seed = 11, Tickets = 50 });
        await using var other = await TestAccount.Start(new SimulatorOptions { Seed = 12, Tickets = 50 });
        const string page = "/api/v2/incremental/tickets.json?start_time=0&include=metric_sets";

        var a = (await first.Get(page)).Body.Replace(first.Host.BaseUrl, "BASE", StringComparison.Ordinal);
        var b = (await second.Get(page)).Body.Replace(second.Host.BaseUrl, "BASE", StringComparison.Ordinal);
        var c = (await other.Get(page)).Body.Replace(other.Host.BaseUrl, "BASE", StringComparison.Ordinal);

        a.ShouldBe(b);
        a.ShouldNotBe(c);
    }

    [Fact]
    public async Task Accepts_the_credentials_it_advertises()
    {
        await using var account = await TestAccount.Start();
        var credentials = account.Host.Credentials;

        (await account.Get("/api/v2/users/me", credentials.BasicHeader)).Status.ShouldBe(HttpStatusCode.OK);
        (await account.Get("/api/v2/users/me", credentials.BearerHeader)).Status.ShouldBe(HttpStatusCode.OK);
        credentials.Email.ShouldBe(account.Host.Options.Email);
    }

    [Fact]
    public async Task Starts_at_the_configured_clock_and_moves_only_when_told()
    {
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await using var account = await TestAccount.Start(TestAccount.Small with { ClockStart = start });

        account.Host.Clock.Now.ShouldBe(start);
        account.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        account.Host.Clock.Now.ShouldBe(start.AddMinutes(5));
        Should.Throw<ArgumentOutOfRangeException>(() => account.Host.Clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task The_date_header_tells_the_simulated_time()
    {
        await using var account = await TestAccount.Start();
        account.Host.Clock.Advance(TimeSpan.FromMinutes(90));

        var reply = await account.Get("/api/v2/users/me");
        var refused = await account.Get("/api/v2/users/me", string.Empty);

        reply.Header("Date").ShouldBe("Sun, 01 Nov 2026 01:30:00 GMT");
        refused.Header("Date").ShouldBe("Sun, 01 Nov 2026 01:30:00 GMT");
    }
}
