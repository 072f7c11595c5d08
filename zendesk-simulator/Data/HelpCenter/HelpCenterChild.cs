namespace Zendesk.Simulator.Data.HelpCenter;

/// <summary>The records that hang off an article or a post.</summary>
internal enum HelpCenterChild
{
    ArticleComment,
    ArticleVote,
    PostComment,
    PostVote,
    ArticleAttachment,
}
