using System.Globalization;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Limits;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// The Help Center API of each brand, on the brand's own host: knowledge base lists, the incremental
/// articles export, the community, user segments, permission groups and the help center's locales
/// (bare names, unpaged). Lists page by cursor
/// (<c>page[size]</c>) or by offset, as Zendesk's Help Center lists do; every request counts in the
/// Help Center's rate-limit bucket, not the account's.
/// </summary>
internal static class HelpCenterEndpoints
{
    /// <summary>Zendesk's page of the incremental articles export: up to 1,000 articles.</summary>
    public const int ExportPageSize = 1000;

    public static void Map(WebApplication app, SimulatorHost host)
    {
        List(app, host, "/api/v2/help_center/categories", "categories", null, hc => hc.Categories);
        List(app, host, "/api/v2/help_center/sections", "sections", null, hc => hc.Sections);
        List(app, host, "/api/v2/help_center/articles", "articles", null, hc => hc.Articles);
        List(app, host, "/api/v2/community/topics", "topics", PlanRules.Community, hc => hc.Topics);
        List(app, host, "/api/v2/community/posts", "posts", PlanRules.Community, hc => hc.Posts);
        List(app, host, "/api/v2/help_center/user_segments", "user_segments", PlanRules.GuideAccess, hc => hc.UserSegments);
        List(app, host, "/api/v2/guide/permission_groups", "permission_groups", PlanRules.GuideAccess, hc => hc.PermissionGroups);
        Children(app, host, "/api/v2/help_center/articles/{id:long}/comments", "comments", null, HelpCenterChild.ArticleComment);
        Children(app, host, "/api/v2/help_center/articles/{id:long}/votes", "votes", null, HelpCenterChild.ArticleVote);
        Children(app, host, "/api/v2/help_center/articles/{id:long}/attachments", "article_attachments", null, HelpCenterChild.ArticleAttachment);
        Children(app, host, "/api/v2/community/posts/{id:long}/comments", "comments", PlanRules.Community, HelpCenterChild.PostComment);
        Children(app, host, "/api/v2/community/posts/{id:long}/votes", "votes", PlanRules.Community, HelpCenterChild.PostVote);
        CommentVotes(app, host, "/api/v2/help_center/articles/{id:long}/comments/{comment_id:long}/votes", null, HelpCenterChild.ArticleCommentVote);
        CommentVotes(app, host, "/api/v2/community/posts/{id:long}/comments/{comment_id:long}/votes", PlanRules.Community, HelpCenterChild.PostCommentVote);
        ApiMap.Get(app, "/api/v2/help_center/locales", i => i with { Bucket = RateBucket.HelpCenter }, context => Locales(context, host));
        ApiMap.Get(app, "/api/v2/help_center/incremental/articles", i => i with { Bucket = RateBucket.HelpCenter }, context => Export(context, host));
    }

    private static void List(WebApplication app, SimulatorHost host, string path, string key, string? feature, Func<HelpCenterContent, List<CatalogItem>> items) =>
        ApiMap.Get(app, path, i => i with { List = true, Feature = feature, Bucket = RateBucket.HelpCenter }, context =>
        {
            var hc = Brand(context, host);
            var byId = hc.Snapshot(items(hc)).OrderBy(i => i.Id).ToArray();
            return ListServer.Serve(context, host, key, path + ".json", ListPaging.Dual, ctx => Source(ctx, byId));
        });

    private static void Children(WebApplication app, SimulatorHost host, string pattern, string key, string? feature, HelpCenterChild kind) =>
        ApiMap.Get(app, pattern, i => i with { List = true, Feature = feature, Bucket = RateBucket.HelpCenter }, context =>
        {
            var hc = Brand(context, host);
            var id = long.Parse((string)context.Request.RouteValues["id"]!, CultureInfo.InvariantCulture);
            var children = hc.Children(kind, id) ?? throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            var byId = children.OrderBy(c => c.Id).ToArray();
            var path = pattern.Replace("{id:long}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            return ListServer.Serve(context, host, key, path + ".json", ListPaging.Dual, ctx => Source(ctx, byId));
        });

    private static void CommentVotes(WebApplication app, SimulatorHost host, string pattern, string? feature, HelpCenterChild kind) =>
        ApiMap.Get(app, pattern, i => i with { List = true, Feature = feature, Bucket = RateBucket.HelpCenter }, context =>
        {
            var hc = Brand(context, host);
            var id = long.Parse((string)context.Request.RouteValues["id"]!, CultureInfo.InvariantCulture);
            var commentId = long.Parse((string)context.Request.RouteValues["comment_id"]!, CultureInfo.InvariantCulture);
            var votes = hc.CommentVotes(kind, id, commentId) ?? throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            var byId = votes.OrderBy(v => v.Id).ToArray();
            var path = pattern
                .Replace("{id:long}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{comment_id:long}", commentId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            return ListServer.Serve(context, host, "votes", path + ".json", ListPaging.Dual, ctx => Source(ctx, byId));
        });

    /// <summary>The help center's locales, names alone, and its default one; unpaged.</summary>
    private static Task Locales(HttpContext context, SimulatorHost host)
    {
        var hc = Brand(context, host);
        return Responses.Json(context, host.Account, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("locales");
            foreach (var locale in hc.Locales)
            {
                w.WriteStringValue(locale);
            }

            w.WriteEndArray();
            w.WriteString("default_locale", hc.DefaultLocale);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Articles changed at or after <c>start_time</c>, oldest change first, up to 1,000 a page. A page's
    /// <c>end_time</c> is its last article's <c>updated_at</c> and <c>next_page</c> starts there, so
    /// that second comes again; the last page has <c>next_page</c> null.
    /// </summary>
    private static Task Export(HttpContext context, SimulatorHost host)
    {
        var hc = Brand(context, host);
        var start = QueryArgs.UnixTime(context, "start_time")
            ?? throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("start_time", "is required"));
        var changed = hc.Snapshot(hc.Articles)
            .Where(a => a.Updated >= start)
            .OrderBy(a => a.Updated)
            .ThenBy(a => a.Id)
            .ToArray();
        var page = changed.Take(ExportPageSize).ToArray();
        var more = changed.Length > page.Length;
        var end = page.Length == 0 ? start : page[^1].Updated;
        var ctx = new RenderContext(host.Account, Links.BaseUrl(context));
        return Responses.Json(context, host.Account, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (var article in page)
            {
                CatalogJson.Write(w, ctx, article);
            }

            w.WriteEndArray();
            w.WriteNumber("count", page.Length);
            w.WriteNumber("end_time", end);
            if (more)
            {
                w.WriteString("next_page", Links.Build(context, "/api/v2/help_center/incremental/articles.json", new Dictionary<string, string> { ["start_time"] = end.ToString(CultureInfo.InvariantCulture) }));
            }
            else
            {
                w.WriteNull("next_page");
            }

            w.WriteEndObject();
        });
    }

    private static HelpCenterContent Brand(HttpContext context, SimulatorHost host) =>
        host.HelpCenters.Of(context) ?? throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);

    private static ListSource Source(RenderContext ctx, IReadOnlyList<CatalogItem> items) =>
        ListSource.Of(items, item => item.Id, (w, item) => CatalogJson.Write(w, ctx, item));
}
