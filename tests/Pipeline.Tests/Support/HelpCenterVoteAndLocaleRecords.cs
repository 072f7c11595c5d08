using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// The votes on each help center's article and post comments, written by the simulator's own record
/// writers with the brand's address as the records' host, and each help center's locales as the tap
/// makes records of their names; all with the brand's id added, as the tap adds it.
/// </summary>
internal static class HelpCenterVoteAndLocaleRecords
{
    public static readonly string[] Streams = ["article_comment_votes", "post_comment_votes", "help_center_locales"];

    public static void Add(Dictionary<string, List<JsonObject>> streams, Account account)
    {
        foreach (var hc in account.HelpCenter.Brands)
        {
            var url = account.Catalog.Brands.First(b => b.Id == hc.BrandId).Body["brand_url"]!.GetValue<string>();
            var ctx = new RenderContext(account, url);
            Votes(streams["article_comment_votes"], ctx, hc, HelpCenterChild.ArticleCommentVote, hc.Articles);
            Votes(streams["post_comment_votes"], ctx, hc, HelpCenterChild.PostCommentVote, hc.Posts);
            foreach (var locale in hc.Locales)
            {
                streams["help_center_locales"].Add(new JsonObject { ["locale"] = locale, ["is_default"] = locale == hc.DefaultLocale, ["brand_id"] = hc.BrandId });
            }
        }
    }

    private static void Votes(List<JsonObject> records, RenderContext ctx, HelpCenterContent hc, HelpCenterChild kind, IEnumerable<CatalogItem> parents)
    {
        foreach (var parent in parents)
        {
            foreach (var comment in hc.Children(kind.CommentKind(), parent.Id)!)
            {
                foreach (var vote in hc.CommentVotes(kind, parent.Id, comment.Id)!)
                {
                    var record = Rendered.Object(w => CatalogJson.Write(w, ctx, vote));
                    record["brand_id"] = hc.BrandId;
                    records.Add(record);
                }
            }
        }
    }
}
