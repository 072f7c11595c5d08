using System.Text.Json;

namespace Zendesk.Singer.Protocol.Messages;

/// <remarks>
/// A record read by <see cref="Lines.SingerReader"/> is only valid until the next message is read:
/// its JSON lives in a pooled document that the reader recycles. Clone it to keep it longer.
/// </remarks>
internal sealed record RecordMessage(
    string Stream,
    JsonElement Record,
    DateTimeOffset? TimeExtracted,
    long? Version) : SingerMessage;
