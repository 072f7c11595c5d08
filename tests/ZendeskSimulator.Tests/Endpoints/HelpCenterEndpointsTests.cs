using System.Globalization;
using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// The Help Center API, which Zendesk's Support OAS does not describe: each brand's help center on its
/// own host, the documented fields of each list, cursor and offset paging, the incremental articles
/// export's shape, its own rate-limit bucket and the plan gates of the community and access lists.
/// </summary>
public sealed class HelpCenterEndpointsTests
{
    private static readonly SimulatorOptions Options = new() { Tickets = 20, Seed = 7, RateLimits = false };

    public static TheoryData<string, string, string> DocumentedFields => new()
    {
        { "/api/v2/help_center/categories", "categories", "id url html_url position created_at updated_at name description locale source_locale outdated" },
        { "/api/v2/help_center/sections", "sections", "id url html_url category_id position sorting created_at updated_at name description locale source_locale outdated parent_section_id theme_template" },
        { "/api/v2/help_center/articles", "articles", "id url html_url author_id comments_disabled draft promoted position vote_sum vote_count section_id created_at updated_at edited_at name title source_locale locale outdated outdated_locales permission_group_id user_segment_id user_segment_ids label_names content_tag_ids body" },
        { "/api/v2/community/topics", "topics", "id url html_url name description position follower_count manageable_by user_segment_id created_at updated_at" },
        { "/api/v2/community/posts", "posts", "id url html_url title details author_id vote_sum vote_count comment_count follower_count topic_id pinned featured closed frozen status content_tag_ids created_at updated_at" },
        { "/api/v2/help_center/user_segments", "user_segments", "id name user_type group_ids organization_ids tags or_tags added_user_ids built_in created_at updated_at" },
        { "/api/v2/guide/permission_groups", "permission_groups", "id name built_in publish edit created_at updated_at" },
    };

    [Fact]
    public async Task Each_brand_with_a_help_center_answers_on_its_own_host_and_the_brand_list_names_it()
    {
        await using var account = await TestAccount.Start(Options);

        var brands = (await account.Get("/api/v2/brands")).Items("brands");

        var withHelpCenter = brands.Where(b => b.GetProperty("has_help_center").GetBoolean()).ToList();
        withHelpCenter.Count.ShouldBe(2);
        brands.Count(b => !b.GetProperty("has_help_center").GetBoolean()).ShouldBe(1);
        withHelpCenter.Select(b => b.GetProperty("brand_url").GetString()).Distinct().Count().ShouldBe(2);
        foreach (var brand in withHelpCenter)
        {
            var id = brand.GetProperty("id").GetInt64();
            var reply = await account.Get(brand.GetProperty("brand_url").GetString() + "/api/v2/help_center/categories");
            reply.Status.ShouldBe(HttpStatusCode.OK);
            reply.Items("categories").Select(c => c.GetProperty("id").GetInt64())
                .ShouldBe(account.Host.Account.HelpCenter.Of(id)!.Categories.Select(c => c.Id), ignoreOrder: true);
            reply.Items("categories")[0].GetProperty("url").GetString()!.ShouldStartWith(brand.GetProperty("brand_url").GetString()!);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentedFields))]
    public async Task A_list_holds_the_documented_fields_and_its_cursor_pages_return_every_record_once(string path, string key, string fields)
    {
        await using var account = await TestAccount.Start(Options);

        var all = await Lists.WalkOffset(account, path, key);
        var walked = await Lists.WalkCursor(account, path, key, 2);

        all.Count.ShouldBeGreaterThan(2);
        walked.Select(Lists.Identity).ShouldBe(all.Select(Lists.Identity), ignoreOrder: true);
        walked.Select(Lists.Identity).ShouldBeUnique();
        foreach (var record in all)
        {
            record.EnumerateObject().Select(p => p.Name).ShouldBe(fields.Split(' '), ignoreOrder: true);
        }
    }

    [Fact]
    public async Task Comments_votes_and_attachments_of_an_article_or_post_list_under_it_and_an_unknown_one_is_not_found()
    {
        await using var account = await TestAccount.Start(Options);
        var hc = account.Host.Account.HelpCenter.Brands[0];
        var article = hc.Articles.First(a => hc.Children(HelpCenterChild.ArticleVote, a.Id)!.Length > 0);

        var votes = (await account.Get($"/api/v2/help_center/articles/{article.Id}/votes?page[size]=100")).Items("votes");
        var missing = await account.Get("/api/v2/community/posts/1/comments");
        var withFiles = hc.Articles.First(a => hc.Children(HelpCenterChild.ArticleAttachment, a.Id)!.Length > 0);
        var files = (await account.Get($"/api/v2/help_center/articles/{withFiles.Id}/attachments")).Items("article_attachments");

        votes.ShouldAllBe(v => v.GetProperty("item_id").GetInt64() == article.Id && v.GetProperty("item_type").GetString() == "Article");
        votes.Count.ShouldBe(article.Body["vote_count"]!.GetValue<int>());
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        files.Count.ShouldBe(hc.Children(HelpCenterChild.ArticleAttachment, withFiles.Id)!.Length);
        files.ShouldAllBe(f => f.GetProperty("article_id").GetInt64() == withFiles.Id && f.GetProperty("content_type").GetString() == "image/png");
    }

    [Fact]
    public async Task The_articles_export_pages_by_change_time_and_ends_with_no_next_page()
    {
        await using var account = await TestAccount.Start(Options);
        var articles = account.Host.Account.HelpCenter.Brands[0].Articles;

        var reply = await account.Get("/api/v2/help_center/incremental/articles?start_time=0");
        var end = reply["end_time"].GetInt64();
        var again = await account.Get("/api/v2/help_center/incremental/articles?start_time=" + end.ToString(CultureInfo.InvariantCulture));

        var times = reply.Items("articles").Select(a => DateTimeOffset.Parse(a.GetProperty("updated_at").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeSeconds()).ToList();
        reply.Items("articles").Count.ShouldBe(articles.Count);
        reply["count"].GetInt32().ShouldBe(articles.Count);
        times.ShouldBeInOrder();
        end.ShouldBe(times[^1]);
        reply["next_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        again.Items("articles").ShouldNotBeEmpty("the page's last second comes again");
        var last = reply.Items("articles")[^1].GetProperty("updated_at").GetString();
        again.Items("articles").ShouldAllBe(a => a.GetProperty("updated_at").GetString() == last);
        (await account.Get("/api/v2/help_center/incremental/articles")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Help_center_requests_count_in_their_own_bucket_not_the_accounts()
    {
        await using var account = await TestAccount.Start(Options with { RateLimits = true });

        var support = await account.Get("/api/v2/groups");
        await account.Get("/api/v2/help_center/articles");
        var helpCenter = await account.Get("/api/v2/help_center/sections");
        var supportAgain = await account.Get("/api/v2/groups");

        account.Host.Requests.ForBucket("help-center").ShouldBe(2);
        account.Host.Requests.ForBucket("account").ShouldBe(2);
        int.Parse(supportAgain.Header("X-Rate-Limit-Remaining")!, CultureInfo.InvariantCulture)
            .ShouldBe(int.Parse(support.Header("X-Rate-Limit-Remaining")!, CultureInfo.InvariantCulture) - 1);
        int.Parse(helpCenter.Header("X-Rate-Limit-Remaining")!, CultureInfo.InvariantCulture)
            .ShouldBe(int.Parse(helpCenter.Header("X-Rate-Limit")!, CultureInfo.InvariantCulture) - 2);
    }

    [Fact]
    public async Task A_team_plan_has_the_knowledge_base_but_not_the_community_nor_restricted_content()
    {
        await using var account = await TestAccount.Start(Options with { Plan = ZendeskPlan.Team });

        (await account.Get("/api/v2/help_center/articles")).Status.ShouldBe(HttpStatusCode.OK);
        (await account.Get("/api/v2/help_center/incremental/articles?start_time=0")).Status.ShouldBe(HttpStatusCode.OK);
        (await account.Get("/api/v2/community/posts")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await account.Get("/api/v2/community/topics")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await account.Get("/api/v2/help_center/user_segments")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await account.Get("/api/v2/guide/permission_groups")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
