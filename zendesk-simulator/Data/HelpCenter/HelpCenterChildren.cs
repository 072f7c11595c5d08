namespace Zendesk.Simulator.Data.HelpCenter;

/// <summary>What each kind of child is attached to.</summary>
internal static class HelpCenterChildren
{
    public static bool OfArticle(this HelpCenterChild kind) =>
        kind is HelpCenterChild.ArticleComment or HelpCenterChild.ArticleVote or HelpCenterChild.ArticleAttachment or HelpCenterChild.ArticleCommentVote;

    public static bool IsVote(this HelpCenterChild kind) =>
        kind is HelpCenterChild.ArticleVote or HelpCenterChild.PostVote or HelpCenterChild.ArticleCommentVote or HelpCenterChild.PostCommentVote;

    /// <summary>A vote on a comment, listed under the comment of its article or post.</summary>
    public static bool OnComment(this HelpCenterChild kind) => kind is HelpCenterChild.ArticleCommentVote or HelpCenterChild.PostCommentVote;

    /// <summary>The comments a vote on a comment is cast on.</summary>
    public static HelpCenterChild CommentKind(this HelpCenterChild kind) => kind.OfArticle() ? HelpCenterChild.ArticleComment : HelpCenterChild.PostComment;

    /// <summary>Zendesk's name of the parent type, as comments carry it.</summary>
    public static string ParentType(this HelpCenterChild kind) => kind.OfArticle() ? "Article" : "Post";

    /// <summary>Zendesk's <c>item_type</c> of a vote: what it was cast on.</summary>
    public static string ItemType(this HelpCenterChild kind) => kind switch
    {
        HelpCenterChild.ArticleCommentVote => "Comment",
        HelpCenterChild.PostCommentVote => "PostComment",
        _ => kind.ParentType(),
    };
}
