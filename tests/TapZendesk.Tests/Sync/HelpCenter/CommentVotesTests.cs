using System.Text.Json.Nodes;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.HelpCenter;

/// <summary>Votes on article and post comments are read under the comments of the articles and posts that changed.</summary>
public sealed class CommentVotesTests
{
    private static readonly string[] Streams = ["article_comments", "article_comment_votes", "post_comments", "post_comment_votes"];

    private const string ArticleCommentVotes = "GET /api/v2/help_center/articles/{id}/comments/{comment_id}/votes";
    private const string PostCommentVotes = "GET /api/v2/community/posts/{id}/comments/{comment_id}/votes";

    [Fact]
    public async Task A_first_run_reads_every_vote_on_every_comment_of_every_brand_with_its_brand_id()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);
        var comments = 0;
        foreach (var hc in simulator.Account.HelpCenter.Brands)
        {
            comments += hc.Articles.Sum(a => hc.Children(HelpCenterChild.ArticleComment, a.Id)!.Length);
        }

        var run = await RunAsync(simulator, null, Streams);

        run.ExitCode.ShouldBe(0, run.Stderr);
        foreach (var hc in simulator.Account.HelpCenter.Brands)
        {
            VotesOf(run, "article_comment_votes", hc.BrandId).ShouldBe(AllVotes(hc, HelpCenterChild.ArticleCommentVote), ignoreOrder: true);
            VotesOf(run, "post_comment_votes", hc.BrandId).ShouldBe(AllVotes(hc, HelpCenterChild.PostCommentVote), ignoreOrder: true);
        }

        run.Records("article_comment_votes").ShouldNotBeEmpty();
        run.Records("article_comment_votes").ShouldAllBe(v => v["item_type"]!.GetValue<string>() == "Comment");
        run.Records("post_comment_votes").ShouldAllBe(v => v["item_type"]!.GetValue<string>() == "PostComment");
        simulator.Requests.ForEndpoint(ArticleCommentVotes).ShouldBe(comments, "one request per comment of every article");
    }

    [Fact]
    public async Task A_second_run_reads_only_the_votes_under_the_comments_of_changed_articles_and_posts_and_a_third_reads_none()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);
        var first = await RunAsync(simulator, null, Streams);
        first.ExitCode.ShouldBe(0, first.Stderr);
        var hc = simulator.Account.HelpCenter.Brands[1];
        var article = hc.Articles.First(a => hc.Children(HelpCenterChild.ArticleComment, a.Id)!.Length > 1);
        var articleComment = hc.Children(HelpCenterChild.ArticleComment, article.Id)![1];
        var post = hc.Posts.First(p => hc.Children(HelpCenterChild.PostComment, p.Id)!.Length > 0);
        var postComment = hc.Children(HelpCenterChild.PostComment, post.Id)![0];
        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var articleVote = hc.AddCommentVote(HelpCenterChild.ArticleCommentVote, article.Id, articleComment.Id, 11_000_000_000_010, simulator.Clock.NowSeconds);
        var postVote = hc.AddCommentVote(HelpCenterChild.PostCommentVote, post.Id, postComment.Id, 11_000_000_000_017, simulator.Clock.NowSeconds);
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        var articleVoteRequests = simulator.Requests.ForEndpoint(ArticleCommentVotes);
        var postVoteRequests = simulator.Requests.ForEndpoint(PostCommentVotes);

        var second = await RunAsync(simulator, first.LastState, Streams);

        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Ids("article_comment_votes").ShouldBe([articleVote.Id]);
        second.Ids("post_comment_votes").ShouldBe([postVote.Id]);
        second.Records("article_comment_votes").Single()["brand_id"]!.GetValue<long>().ShouldBe(hc.BrandId);
        second.Records("article_comments").ShouldBeEmpty("an article comment shows no vote counts: the vote leaves it as it was");
        second.Ids("post_comments").ShouldBe([postComment.Id], "a post comment counts its votes");

        // One request per comment of the one changed article and post; none under the others.
        (simulator.Requests.ForEndpoint(ArticleCommentVotes) - articleVoteRequests).ShouldBe(hc.Children(HelpCenterChild.ArticleComment, article.Id)!.Length);
        (simulator.Requests.ForEndpoint(PostCommentVotes) - postVoteRequests).ShouldBe(hc.Children(HelpCenterChild.PostComment, post.Id)!.Length);

        var third = await RunAsync(simulator, second.LastState, Streams);

        third.ExitCode.ShouldBe(0, third.Stderr);
        foreach (var stream in Streams)
        {
            third.Records(stream).ShouldBeEmpty(stream);
        }

        (simulator.Requests.ForEndpoint(ArticleCommentVotes) - articleVoteRequests).ShouldBe(hc.Children(HelpCenterChild.ArticleComment, article.Id)!.Length);
    }

    [Fact]
    public async Task Votes_selected_without_their_comments_read_the_comments_without_sending_them()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10);

        var run = await RunAsync(simulator, null, "article_comment_votes");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Records("article_comment_votes").Count().ShouldBe(simulator.Account.HelpCenter.Brands.Sum(hc => AllVotes(hc, HelpCenterChild.ArticleCommentVote).Count));
        run.Records("article_comments").ShouldBeEmpty();
        run.Records("articles").ShouldBeEmpty();
        run.SchemaOf("article_comments").ShouldBeNull();
        simulator.Requests.ForEndpoint("GET /api/v2/help_center/articles/{id}/comments").ShouldBeGreaterThan(0);
    }

    private static async Task<TapOutput> RunAsync(SimulatorHost simulator, JsonNode? state, params string[] streams)
    {
        var catalog = JsonNode.Parse((await TapHarness.RunAsync(simulator, new TapSetup { Discover = true })).Text)!;
        return await TapHarness.RunAsync(simulator, new TapSetup { Catalog = Catalogs.SelectOnly(catalog, streams), State = state?.DeepClone() });
    }

    private static List<long> AllVotes(HelpCenterContent hc, HelpCenterChild kind) =>
        [.. (kind.OfArticle() ? hc.Articles : hc.Posts)
            .SelectMany(p => hc.Children(kind.CommentKind(), p.Id)!.SelectMany(c => hc.CommentVotes(kind, p.Id, c.Id)!))
            .Select(v => v.Id)];

    private static List<long> VotesOf(TapOutput run, string stream, long brandId) =>
        [.. run.Records(stream).Where(r => r["brand_id"]!.GetValue<long>() == brandId).Select(r => r["id"]!.GetValue<long>())];
}
