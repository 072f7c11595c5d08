using System.Text.Json.Serialization;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Protocol.State;

namespace Zendesk.Singer.Protocol.Serialization;

[JsonSourceGenerationOptions(
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SingerCatalog))]
[JsonSerializable(typeof(StateDocument))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
