namespace Zendesk.Simulator.Data;

/// <summary>The comment an audit carries.</summary>
internal sealed record CommentContent(long Id, long AuditId, int Author, string Body, bool Public, long Created, byte Channel, IReadOnlyList<AttachmentContent> Attachments);
