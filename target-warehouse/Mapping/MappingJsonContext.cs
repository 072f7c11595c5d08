using System.Text.Json.Serialization;

namespace Zendesk.Singer.Target.Mapping;

[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class MappingJsonContext : JsonSerializerContext;
