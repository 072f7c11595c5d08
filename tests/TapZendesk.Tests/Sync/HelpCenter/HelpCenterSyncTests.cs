using System.Text.Json.Nodes;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.HelpCenter;

/// <summary>Help Center streams are read from every brand with a help center, on the brand's own host.</summary>
public sealed class HelpCenterSyncTests
{
    private static readonly string[] Streams =
        ["articles", "article_comments", "article_votes", "article_attachments", "categories", "sections", "topics", "posts", "post_comments", "post_votes", "user_segments", "permission_groups"];

    private const string ArticleComments = "GET /api/v2/help_center/articles/{id}/comments";
    private const string ArticleVotes = "GET /api/v2/help_center/articles/{id}/votes";

    [Fact]
    public async Task Every_record_carries_the_brand_it_was_read_from_and_a_brand_without_a_help_center_is_not_read()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);
        var account = simulator.Account;

        var run = await RunAsync(simulator, state: null);

        run.ExitCode.ShouldBe(0, run.Stderr);
        var helpCenters = account.HelpCenter.Brands;
        helpCenters.Count.ShouldBe(2);
        var withoutHelpCenter = account.Catalog.Brands.Where(b => account.HelpCenter.Of(b.Id) is null).Select(b => b.Id).ToList();
        withoutHelpCenter.ShouldNotBeEmpty();
        foreach (var stream in Streams)
        {
            run.Records(stream).ShouldAllBe(r => r["brand_id"] != null, stream);
            run.Records(stream).Select(r => r["brand_id"]!.GetValue<long>()).ShouldAllBe(b => !withoutHelpCenter.Contains(b), stream);
        }

        foreach (var hc in helpCenters)
        {
            // The second brand's articles exist only on its own host: reading them proves the tap went there.
            BrandIds(run, "articles", hc.BrandId).ShouldBe(hc.Articles.Select(a => a.Id), ignoreOrder: true);
            BrandIds(run, "posts", hc.BrandId).ShouldBe(hc.Posts.Select(p => p.Id), ignoreOrder: true);
            BrandIds(run, "categories", hc.BrandId).ShouldBe(hc.Categories.Select(c => c.Id), ignoreOrder: true);
            BrandIds(run, "article_comments", hc.BrandId).Count.ShouldBe(hc.Articles.Sum(a => hc.Children(HelpCenterChild.ArticleComment, a.Id)!.Length));
            BrandIds(run, "article_attachments", hc.BrandId).Count.ShouldBe(hc.Articles.Sum(a => hc.Children(HelpCenterChild.ArticleAttachment, a.Id)!.Length));
            BrandIds(run, "post_votes", hc.BrandId).Count.ShouldBe(hc.Posts.Sum(p => hc.Children(HelpCenterChild.PostVote, p.Id)!.Length));
        }

        var brands = run.LastState!["bookmarks"]!["articles"]!["brands"]!.AsObject();
        brands.Select(b => long.Parse(b.Key, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(helpCenters.Select(h => h.BrandId), ignoreOrder: true);
    }

    [Fact]
    public async Task A_second_run_reads_the_children_of_the_changed_parents_only()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);
        var first = await RunAsync(simulator, state: null);
        first.ExitCode.ShouldBe(0, first.Stderr);
        var hc = simulator.Account.HelpCenter.Brands[1];
        var article = hc.Articles[3].Id;
        var post = hc.Posts[2].Id;
        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var comment = hc.Add(HelpCenterChild.ArticleComment, article, 11_000_000_000_010, simulator.Clock.NowSeconds);
        var vote = hc.Add(HelpCenterChild.PostVote, post, 11_000_000_000_017, simulator.Clock.NowSeconds);
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        var commentRequests = simulator.Requests.ForEndpoint(ArticleComments);
        var voteRequests = simulator.Requests.ForEndpoint(ArticleVotes);

        var second = await RunAsync(simulator, first.LastState);

        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Ids("articles").ShouldBe([article]);
        second.Ids("article_comments").ShouldBe([comment.Id]);
        second.Records("article_votes").ShouldBeEmpty();
        second.Records("article_attachments").ShouldBeEmpty();
        second.Ids("posts").ShouldBe([post]);
        second.Ids("post_votes").ShouldBe([vote.Id]);
        second.Records("post_comments").ShouldBeEmpty();
        second.Records("categories").ShouldBeEmpty();
        second.Records("article_comments").Single()["brand_id"]!.GetValue<long>().ShouldBe(hc.BrandId);

        // One request per child stream for the one changed article; none for the unchanged ones.
        (simulator.Requests.ForEndpoint(ArticleComments) - commentRequests).ShouldBe(1);
        (simulator.Requests.ForEndpoint(ArticleVotes) - voteRequests).ShouldBe(1);
    }

    [Fact]
    public async Task A_brand_added_since_the_last_run_is_read_from_start_date()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);
        var first = await RunAsync(simulator, state: null);
        var state = first.LastState!.DeepClone().AsObject();
        var added = simulator.Account.HelpCenter.Brands[1];
        foreach (var stream in Streams)
        {
            state["bookmarks"]![stream]!["brands"]!.AsObject().Remove(added.BrandId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var second = await RunAsync(simulator, state);

        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Ids("articles").ShouldBe(added.Articles.Select(a => a.Id), ignoreOrder: true);
        second.Records("articles").ShouldAllBe(r => r["brand_id"]!.GetValue<long>() == added.BrandId);
        second.Records("article_votes").Count().ShouldBe(first.Records("article_votes").Count(r => r["brand_id"]!.GetValue<long>() == added.BrandId));
    }

    [Fact]
    public async Task Help_center_requests_use_their_own_budget_and_not_the_core_one()
    {
        const double scale = 60;
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 10, RateLimits = true, TimeScale = scale });
        var catalog = JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true })).Text)!;
        simulator.Requests.Reset();

        // Two core requests a minute: the run would wait for dozens of minutes if its Help Center requests took core permits.
        var run = await TapHarness.RunAsync(simulator, new TapSetup
        {
            Catalog = Catalogs.SelectOnly(catalog, Streams),
            WaitClock = new ScaledTimeProvider(scale),
            Config = new Dictionary<string, JsonNode?>
            {
                ["request_budgets"] = true,
                ["max_requests_per_minute"] = 2,
                ["help_center_requests_per_minute"] = 1000,
            },
        });

        run.ExitCode.ShouldBe(0, run.Stderr);
        simulator.Requests.ForBucket("account").ShouldBe(1, "the brand list is the only Support request");
        simulator.Requests.ForBucket("help-center").ShouldBeGreaterThan(50);
        run.Stderr.ShouldContain($"help_center_requests={simulator.Requests.ForBucket("help-center")}");
        run.Stderr.ShouldContain("budget_wait=0s");
    }

    private static async Task<TapOutput> RunAsync(SimulatorHost simulator, JsonNode? state)
    {
        var catalog = JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true })).Text)!;
        return await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(catalog, Streams), State = state?.DeepClone() });
    }

    private static List<long> BrandIds(TapOutput run, string stream, long brandId) =>
        [.. run.Records(stream).Where(r => r["brand_id"]!.GetValue<long>() == brandId).Select(r => r["id"]!.GetValue<long>())];
}
