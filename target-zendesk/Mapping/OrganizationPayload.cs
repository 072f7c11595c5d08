using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Mapping;

/// <summary>A group as the organization object Zendesk's create_or_update takes, matched by external_id.</summary>
internal static class OrganizationPayload
{
    public static void Write(Utf8JsonWriter writer, GroupCall call, IFieldCatalog fields)
    {
        writer.WriteStartObject();
        writer.WriteString("external_id", call.GroupId);
        if (call.Name is { } name)
        {
            writer.WriteString("name", name);
        }

        WriteList(writer, "domain_names", call.DomainNames);
        WriteList(writer, "tags", call.Tags);
        CustomFields.Write(writer, "organization_fields", call.Custom, FieldOwner.Organization, fields);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string property, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(property);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
