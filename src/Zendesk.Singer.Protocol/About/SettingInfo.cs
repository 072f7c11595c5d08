using System.Text.Json.Nodes;

namespace Zendesk.Singer.Protocol.About;

/// <summary>One config key as <c>--about</c> describes it to users and to Meltano.</summary>
/// <param name="Type">A JSON Schema type: string, integer, number, boolean, object or array.</param>
/// <param name="Format">A JSON Schema format such as date-time, or null.</param>
/// <param name="Allowed">The allowed values of a string setting, or null when free.</param>
internal sealed record SettingInfo(
    string Name,
    string Type,
    string Description,
    bool Required = false,
    bool Secret = false,
    JsonNode? Default = null,
    string? Format = null,
    IReadOnlyList<string>? Allowed = null);
