namespace Zendesk.Simulator.Data;

/// <summary>A comment attachment; width and height only for images.</summary>
internal sealed record AttachmentContent(long Id, string FileName, string ContentType, long Size, int? Width, int? Height);
