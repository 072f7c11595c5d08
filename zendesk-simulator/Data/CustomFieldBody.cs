using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The part of a custom field definition's JSON that the seeded fields and the fields created
/// through the API share; each adds what only it has (options, a tag, its times).
/// </summary>
internal static class CustomFieldBody
{
    public static JsonObject Of(FieldDefinition field, string description, string? validation) => new()
    {
        ["id"] = field.Id,
        ["key"] = field.Key,
        ["type"] = field.Type,
        ["title"] = field.Title,
        ["raw_title"] = field.Title,
        ["description"] = description,
        ["raw_description"] = description,
        ["position"] = field.Position,
        ["active"] = true,
        ["system"] = false,
        ["regexp_for_validation"] = validation,
    };
}
