namespace Zendesk.Simulator.Data.HelpCenter;

/// <summary>What each kind of child is attached to.</summary>
internal static class HelpCenterChildren
{
    public static bool OfArticle(this HelpCenterChild kind) => kind is HelpCenterChild.ArticleComment or HelpCenterChild.ArticleVote or HelpCenterChild.ArticleAttachment;

    public static bool IsVote(this HelpCenterChild kind) => kind is HelpCenterChild.ArticleVote or HelpCenterChild.PostVote;

    /// <summary>Zendesk's name of the parent type, as votes and comments carry it.</summary>
    public static string ParentType(this HelpCenterChild kind) => kind.OfArticle() ? "Article" : "Post";
}
