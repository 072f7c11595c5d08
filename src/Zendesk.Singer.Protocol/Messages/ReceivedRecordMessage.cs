namespace Zendesk.Singer.Protocol.Messages;

/// <summary>A RECORD that an <see cref="Lines.IRecordReceiver"/> took while its line was read.</summary>
internal sealed record ReceivedRecordMessage(string Stream) : SingerMessage;
