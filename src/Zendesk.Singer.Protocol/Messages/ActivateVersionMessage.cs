namespace Zendesk.Singer.Protocol.Messages;

internal sealed record ActivateVersionMessage(string Stream, long Version) : SingerMessage;
