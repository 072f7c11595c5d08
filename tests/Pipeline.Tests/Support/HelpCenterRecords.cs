using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// What each brand's help center holds right now, written by the simulator's own record writers with
/// the brand's address as the records' host and the brand's id added, as the tap adds it.
/// </summary>
internal static class HelpCenterRecords
{
    public static readonly string[] Streams =
        ["articles", "article_comments", "article_votes", "article_attachments", "categories", "sections", "topics", "posts", "post_comments", "post_votes", "user_segments", "permission_groups"];

    public static void Add(Dictionary<string, List<JsonObject>> streams, Account account)
    {
        foreach (var hc in account.HelpCenter.Brands)
        {
            var url = account.Catalog.Brands.First(b => b.Id == hc.BrandId).Body["brand_url"]!.GetValue<string>();
            var ctx = new RenderContext(account, url);
            Add(streams["categories"], ctx, hc, hc.Categories);
            Add(streams["sections"], ctx, hc, hc.Sections);
            Add(streams["articles"], ctx, hc, hc.Articles);
            Add(streams["topics"], ctx, hc, hc.Topics);
            Add(streams["posts"], ctx, hc, hc.Posts);
            Add(streams["user_segments"], ctx, hc, hc.UserSegments);
            Add(streams["permission_groups"], ctx, hc, hc.PermissionGroups);
            foreach (var article in hc.Articles)
            {
                Add(streams["article_comments"], ctx, hc, hc.Children(HelpCenterChild.ArticleComment, article.Id)!);
                Add(streams["article_votes"], ctx, hc, hc.Children(HelpCenterChild.ArticleVote, article.Id)!);
                Add(streams["article_attachments"], ctx, hc, hc.Children(HelpCenterChild.ArticleAttachment, article.Id)!);
            }

            foreach (var post in hc.Posts)
            {
                Add(streams["post_comments"], ctx, hc, hc.Children(HelpCenterChild.PostComment, post.Id)!);
                Add(streams["post_votes"], ctx, hc, hc.Children(HelpCenterChild.PostVote, post.Id)!);
            }
        }
    }

    private static void Add(List<JsonObject> records, RenderContext ctx, HelpCenterContent hc, IEnumerable<CatalogItem> items)
    {
        foreach (var item in items)
        {
            var record = Rendered.Object(w => CatalogJson.Write(w, ctx, item));
            record["brand_id"] = hc.BrandId;
            records.Add(record);
        }
    }
}
