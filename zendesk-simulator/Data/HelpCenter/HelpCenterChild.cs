namespace Zendesk.Simulator.Data.HelpCenter;

/// <summary>The records that hang off an article or a post, and the votes that hang off their comments.</summary>
internal enum HelpCenterChild
{
    ArticleComment,
    ArticleVote,
    PostComment,
    PostVote,
    ArticleAttachment,
    ArticleCommentVote,
    PostCommentVote,
}
