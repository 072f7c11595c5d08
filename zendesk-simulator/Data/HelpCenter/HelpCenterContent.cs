using System.Text.Json.Nodes;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data.HelpCenter;

/// <summary>
/// One brand's help center: its knowledge base (categories, sections, articles with their comments and
/// votes), its community (topics, posts with their comments and votes) and its access rules (user
/// segments, permission groups). A comment or vote moves its article's or post's <c>updated_at</c>,
/// as a change of the article's or post's metadata does (its vote and comment counts), so the
/// articles export and the posts list show the parent again; so does a vote on one of its comments,
/// which also counts in a post comment's <c>vote_sum</c> and <c>vote_count</c> and moves its <c>updated_at</c>.
/// </summary>
internal sealed class HelpCenterContent(long brandId, string subdomain)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, List<CatalogItem>> _children = [];
    private long _nextChild;

    public long BrandId { get; } = brandId;

    /// <summary>The brand's subdomain: html_url links name it, as Zendesk's name the brand's host.</summary>
    public string Subdomain { get; } = subdomain;

    public List<CatalogItem> Categories { get; } = [];

    public List<CatalogItem> Sections { get; } = [];

    public List<CatalogItem> Articles { get; } = [];

    public List<CatalogItem> Topics { get; } = [];

    public List<CatalogItem> Posts { get; } = [];

    public List<CatalogItem> UserSegments { get; } = [];

    public List<CatalogItem> PermissionGroups { get; } = [];

    /// <summary>The languages the help center is offered in, as Zendesk names them (<c>en-us</c>, <c>de</c>).</summary>
    public List<string> Locales { get; } = [];

    /// <summary>The locale shown when a reader asks for none; one of <see cref="Locales"/>.</summary>
    public string DefaultLocale { get; set; } = "en-us";

    /// <summary>A stable copy of a list, for one answer.</summary>
    public CatalogItem[] Snapshot(List<CatalogItem> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }

    /// <summary>The comments, votes or attachments of an article or post, by id; null when the parent is unknown.</summary>
    public CatalogItem[]? Children(HelpCenterChild kind, long parentId)
    {
        lock (_gate)
        {
            if (ParentList(kind).All(p => p.Id != parentId))
            {
                return null;
            }

            return _children.TryGetValue(Key(kind, parentId), out var list) ? [.. list] : [];
        }
    }

    /// <summary>The votes on a comment of an article or post; null when either is unknown or the comment is not the parent's.</summary>
    public CatalogItem[]? CommentVotes(HelpCenterChild kind, long parentId, long commentId)
    {
        lock (_gate)
        {
            if (ParentList(kind).All(p => p.Id != parentId)
                || !_children.TryGetValue(Key(kind.CommentKind(), parentId), out var comments)
                || comments.All(c => c.Id != commentId))
            {
                return null;
            }

            return _children.TryGetValue(Key(kind, commentId), out var list) ? [.. list] : [];
        }
    }

    /// <summary>A new vote at <paramref name="at"/> on a comment of an article or post, which moves the article's or post's <c>updated_at</c> there.</summary>
    public CatalogItem AddCommentVote(HelpCenterChild kind, long parentId, long commentId, long userId, long at)
    {
        lock (_gate)
        {
            var parents = ParentList(kind);
            var index = parents.FindIndex(p => p.Id == parentId);
            Account.Ensure(index >= 0, $"no {kind.ParentType()} {parentId} in brand {BrandId}'s help center");
            var comments = _children.GetValueOrDefault(Key(kind.CommentKind(), parentId)) ?? [];
            var c = comments.FindIndex(x => x.Id == commentId);
            Account.Ensure(c >= 0, $"no comment {commentId} on {kind.ParentType()} {parentId}");
            var vote = HelpCenterGenerator.Child(this, kind, ++_nextChild, commentId, userId, at, at % 2 == 0 ? 1 : -1);
            AddGenerated(kind, commentId, vote);
            comments[c] = Voted(comments[c], 1, vote.Body["value"]!.GetValue<int>(), at);
            var body = (JsonObject)parents[index].Body.DeepClone();
            body["updated_at"] = Epoch.Iso(at);
            parents[index] = parents[index] with { Updated = at, Body = body };
            return vote;
        }
    }

    /// <summary>
    /// A comment with <paramref name="count"/> more votes: a post comment counts them and its <c>updated_at</c>
    /// moves to the latest, <paramref name="at"/>; an article comment shows no counts and keeps its time.
    /// </summary>
    internal static CatalogItem Voted(CatalogItem comment, int count, int sum, long at)
    {
        if (!comment.Body.ContainsKey("vote_sum"))
        {
            return comment;
        }

        var updated = Math.Max(comment.Updated, at);
        var body = (JsonObject)comment.Body.DeepClone();
        body["vote_sum"] = (body["vote_sum"]?.GetValue<int>() ?? 0) + sum;
        body["vote_count"] = (body["vote_count"]?.GetValue<int>() ?? 0) + count;
        body["updated_at"] = Epoch.Iso(updated);
        return comment with { Updated = updated, Body = body };
    }

    /// <summary>Adds a generated child; the parent's times are settled by the generator.</summary>
    internal void AddGenerated(HelpCenterChild kind, long parentId, CatalogItem child)
    {
        var key = Key(kind, parentId);
        if (!_children.TryGetValue(key, out var list))
        {
            list = [];
            _children[key] = list;
        }

        list.Add(child);
        _nextChild = Math.Max(_nextChild, child.Id);
    }

    /// <summary>A new comment or vote at <paramref name="at"/>, which moves its parent's <c>updated_at</c> there.</summary>
    public CatalogItem Add(HelpCenterChild kind, long parentId, long userId, long at)
    {
        Account.Ensure(!kind.OnComment(), "a vote on a comment is added with AddCommentVote");
        lock (_gate)
        {
            var parents = ParentList(kind);
            var index = parents.FindIndex(p => p.Id == parentId);
            Account.Ensure(index >= 0, $"no {kind.ParentType()} {parentId} in brand {BrandId}'s help center");
            var id = ++_nextChild;
            var child = HelpCenterGenerator.Child(this, kind, id, parentId, userId, at, at % 2 == 0 ? 1 : -1);
            AddGenerated(kind, parentId, child);
            var parent = parents[index];
            var body = (JsonObject)parent.Body.DeepClone();
            body["updated_at"] = Epoch.Iso(at);
            if (kind.IsVote())
            {
                body["vote_count"] = (body["vote_count"]?.GetValue<int>() ?? 0) + 1;
                body["vote_sum"] = (body["vote_sum"]?.GetValue<int>() ?? 0) + child.Body["value"]!.GetValue<int>();
            }
            else if (body.ContainsKey("comment_count"))
            {
                body["comment_count"] = body["comment_count"]!.GetValue<int>() + 1;
            }

            parents[index] = parent with { Updated = at, Body = body };
            return child;
        }
    }

    private List<CatalogItem> ParentList(HelpCenterChild kind) => kind.OfArticle() ? Articles : Posts;

    private static long Key(HelpCenterChild kind, long parentId) => (parentId * 8) + (long)kind;
}
