using System.Text.Json;

namespace Zendesk.Singer.Protocol.Messages;

internal sealed record SchemaMessage(
    string Stream,
    JsonElement Schema,
    IReadOnlyList<string> KeyProperties,
    IReadOnlyList<string> BookmarkProperties) : SingerMessage;
