using System.Text.Json;

namespace Zendesk.Singer.Protocol.Messages;

internal sealed record StateMessage(JsonElement Value) : SingerMessage;
