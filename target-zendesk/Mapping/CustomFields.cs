using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Mapping;

/// <summary>Writes the custom traits the account has fields for as Zendesk's field map (<c>user_fields</c>, <c>organization_fields</c>).</summary>
internal static class CustomFields
{
    public static void Write(Utf8JsonWriter writer, string property, IReadOnlyList<CustomTrait> traits, FieldOwner owner, IFieldCatalog fields)
    {
        var started = false;
        foreach (var trait in traits)
        {
            if (!IsScalar(trait.Value) || !fields.Has(owner, trait.FieldKey))
            {
                continue;
            }

            if (!started)
            {
                writer.WriteStartObject(property);
                started = true;
            }

            writer.WritePropertyName(trait.FieldKey);
            trait.Value.WriteTo(writer);
        }

        if (started)
        {
            writer.WriteEndObject();
        }
    }

    /// <summary>Zendesk's custom fields hold one value: a string, a number or a boolean (null clears the field).</summary>
    public static bool IsScalar(JsonElement value) => value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;
}
