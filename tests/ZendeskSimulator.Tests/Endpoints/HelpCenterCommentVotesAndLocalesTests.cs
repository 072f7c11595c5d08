using System.Globalization;
using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// The votes on article and post comments and the help center's locales, which Zendesk's Support OAS
/// does not describe: the documented fields, cursor and offset paging, where a vote lists, what it
/// moves, the plan gate of the community, and the locales' bare names.
/// </summary>
public sealed class HelpCenterCommentVotesAndLocalesTests
{
    private const string VoteFields = "id url user_id value item_id item_type created_at updated_at";
    private static readonly SimulatorOptions Options = new() { Tickets = 20, Seed = 7, RateLimits = false };

    [Theory]
    [InlineData(true, "Comment")]
    [InlineData(false, "PostComment")]
    public async Task Votes_on_a_comment_list_under_the_comment_with_the_documented_fields_in_cursor_and_offset_pages(bool onArticle, string itemType)
    {
        var kind = onArticle ? HelpCenterChild.ArticleCommentVote : HelpCenterChild.PostCommentVote;
        await using var account = await TestAccount.Start(Options);
        var hc = account.Host.Account.HelpCenter.Brands[0];
        var (parent, comment, votes) = MostVoted(hc, kind);
        var path = Path(kind, parent.Id, comment.Id);

        var walked = await Lists.WalkCursor(account, path, "votes", 1);
        var all = await Lists.WalkOffset(account, path, "votes");

        votes.Length.ShouldBeGreaterThan(1, "a comment with votes enough to page");
        walked.Select(v => v.GetProperty("id").GetInt64()).ShouldBe(votes.Select(v => v.Id).Order());
        all.Select(Lists.Identity).ShouldBe(walked.Select(Lists.Identity));
        foreach (var vote in all)
        {
            vote.EnumerateObject().Select(p => p.Name).ShouldBe(VoteFields.Split(' '), ignoreOrder: true);
            vote.GetProperty("item_id").GetInt64().ShouldBe(comment.Id);
            vote.GetProperty("item_type").GetString().ShouldBe(itemType);
            Math.Abs(vote.GetProperty("value").GetInt32()).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_comment_of_another_article_or_an_unknown_one_is_not_found()
    {
        await using var account = await TestAccount.Start(Options);
        var hc = account.Host.Account.HelpCenter.Brands[0];
        var (article, comment, _) = MostVoted(hc, HelpCenterChild.ArticleCommentVote);
        var other = hc.Articles.First(a => a.Id != article.Id);

        (await account.Get(Path(HelpCenterChild.ArticleCommentVote, other.Id, comment.Id))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await account.Get(Path(HelpCenterChild.ArticleCommentVote, article.Id, 1))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await account.Get(Path(HelpCenterChild.ArticleCommentVote, 1, comment.Id))).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_parent_is_as_new_as_the_votes_on_its_comments_and_a_post_comment_counts_its_votes()
    {
        await using var account = await TestAccount.Start(Options);

        foreach (var hc in account.Host.Account.HelpCenter.Brands)
        {
            foreach (var kind in new[] { HelpCenterChild.ArticleCommentVote, HelpCenterChild.PostCommentVote })
            {
                var parents = kind.OfArticle() ? hc.Articles : hc.Posts;
                foreach (var parent in parents)
                {
                    foreach (var comment in hc.Children(kind.CommentKind(), parent.Id)!)
                    {
                        var votes = hc.CommentVotes(kind, parent.Id, comment.Id)!;
                        votes.ShouldAllBe(v => v.Updated <= parent.Updated);
                        if (kind == HelpCenterChild.PostCommentVote)
                        {
                            comment.Body["vote_count"]!.GetValue<int>().ShouldBe(votes.Length);
                            comment.Body["vote_sum"]!.GetValue<int>().ShouldBe(votes.Sum(v => v.Body["value"]!.GetValue<int>()));
                            votes.ShouldAllBe(v => v.Updated <= comment.Updated);
                        }
                    }
                }
            }

            hc.Articles.Sum(a => hc.Children(HelpCenterChild.ArticleComment, a.Id)!.Sum(c => hc.CommentVotes(HelpCenterChild.ArticleCommentVote, a.Id, c.Id)!.Length)).ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task A_new_vote_on_a_comment_moves_its_article_and_lists_under_the_comment()
    {
        await using var account = await TestAccount.Start(Options);
        var hc = account.Host.Account.HelpCenter.Brands[0];
        var (post, comment, before) = MostVoted(hc, HelpCenterChild.PostCommentVote);
        var at = account.Host.Account.Clock.NowSeconds + 60;

        var vote = hc.AddCommentVote(HelpCenterChild.PostCommentVote, post.Id, comment.Id, Ids.UserId(5), at);

        var listed = (await account.Get(Path(HelpCenterChild.PostCommentVote, post.Id, comment.Id))).Items("votes");
        listed.Select(v => v.GetProperty("id").GetInt64()).ShouldContain(vote.Id);
        listed.Count.ShouldBe(before.Length + 1);
        hc.Posts.Single(p => p.Id == post.Id).Updated.ShouldBe(at);
        var counted = hc.Children(HelpCenterChild.PostComment, post.Id)!.Single(c => c.Id == comment.Id);
        counted.Updated.ShouldBe(at);
        counted.Body["vote_count"]!.GetValue<int>().ShouldBe(before.Length + 1);
    }

    [Fact]
    public async Task Each_help_center_lists_its_locales_by_name_with_its_default_in_the_help_center_bucket()
    {
        await using var account = await TestAccount.Start(Options with { RateLimits = true });
        var brands = (await account.Get("/api/v2/brands")).Items("brands").Where(b => b.GetProperty("has_help_center").GetBoolean()).ToList();
        var before = account.Host.Requests.ForBucket("help-center");

        foreach (var brand in brands)
        {
            var hc = account.Host.Account.HelpCenter.Of(brand.GetProperty("id").GetInt64())!;
            var reply = await account.Get(brand.GetProperty("brand_url").GetString() + "/api/v2/help_center/locales");

            reply.Status.ShouldBe(HttpStatusCode.OK);
            reply.Json.EnumerateObject().Select(p => p.Name).ShouldBe(["locales", "default_locale"], ignoreOrder: true);
            reply.Items("locales").ShouldAllBe(l => l.ValueKind == JsonValueKind.String);
            reply.Items("locales").Select(l => l.GetString()).ShouldBe(hc.Locales);
            hc.Locales.Count.ShouldBeGreaterThan(1);
            hc.Locales.ShouldContain(reply["default_locale"].GetString()!);
        }

        (account.Host.Requests.ForBucket("help-center") - before).ShouldBe(brands.Count);
        brands.Select(b => account.Host.Account.HelpCenter.Of(b.GetProperty("id").GetInt64())!.DefaultLocale).Distinct().Count().ShouldBe(2, "the help centers differ in their default");
    }

    [Fact]
    public async Task A_team_plan_has_the_votes_on_article_comments_and_the_locales_but_not_those_on_post_comments()
    {
        await using var account = await TestAccount.Start(Options with { Plan = ZendeskPlan.Team });
        var hc = account.Host.Account.HelpCenter.Brands[0];
        var (article, articleComment, _) = MostVoted(hc, HelpCenterChild.ArticleCommentVote);
        var (post, postComment, _) = MostVoted(hc, HelpCenterChild.PostCommentVote);

        (await account.Get(Path(HelpCenterChild.ArticleCommentVote, article.Id, articleComment.Id))).Status.ShouldBe(HttpStatusCode.OK);
        (await account.Get("/api/v2/help_center/locales")).Status.ShouldBe(HttpStatusCode.OK);
        (await account.Get(Path(HelpCenterChild.PostCommentVote, post.Id, postComment.Id))).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static (CatalogItem Parent, CatalogItem Comment, CatalogItem[] Votes) MostVoted(HelpCenterContent hc, HelpCenterChild kind) =>
        (kind.OfArticle() ? hc.Articles : hc.Posts)
            .SelectMany(p => hc.Children(kind.CommentKind(), p.Id)!.Select(c => (p, c, hc.CommentVotes(kind, p.Id, c.Id)!)))
            .OrderByDescending(x => x.Item3.Length)
            .ThenBy(x => x.c.Id)
            .First();

    private static string Path(HelpCenterChild kind, long parentId, long commentId) =>
        kind.OfArticle()
            ? string.Create(CultureInfo.InvariantCulture, $"/api/v2/help_center/articles/{parentId}/comments/{commentId}/votes")
            : string.Create(CultureInfo.InvariantCulture, $"/api/v2/community/posts/{parentId}/comments/{commentId}/votes");
}
