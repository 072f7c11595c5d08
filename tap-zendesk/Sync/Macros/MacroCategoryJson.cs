using System.Text.Json.Serialization;

namespace Zendesk.Singer.Tap.Sync.Macros;

/// <summary>Source-generated serialization of a macro category record.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class MacroCategoryJson : JsonSerializerContext;
