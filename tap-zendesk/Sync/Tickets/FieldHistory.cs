using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// <c>ticket_field_history</c> and <c>ticket_tag_history</c>, derived from the child events of each
/// ticket update in the ticket events export: a <c>Create</c> or <c>Change</c> event names the field
/// it sets (a custom field by its id) with the new value and, for a change, the previous one; a tags
/// event also lists the tags added and removed. No request of their own.
/// </summary>
internal static class FieldHistory
{
    /// <summary>
    /// The properties of a child event that are not the field it sets. Not <c>type</c>: in the export that
    /// is the ticket's type field (the event's kind is <c>event_type</c>); in the audit shape <c>field_name</c> says the field.
    /// </summary>
    private static readonly HashSet<string> EventProperties = new(StringComparer.Ordinal)
    {
        "id", "via", "via_reference_id", "event_type", "previous_value", "added_tags", "removed_tags",
        "comment_present", "comment_public", "field_name", "value", "audit_id", "created_at",
    };

    public static void EmitFields(StreamOutput output, JsonElement update, Page page)
    {
        foreach (var change in ChangesOf(update))
        {
            if (FieldOf(change) is not { } field)
            {
                continue;
            }

            using var row = Row(update, change, "id", w =>
            {
                w.WriteString("field_name", field.Name);
                if (long.TryParse(field.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var customId))
                {
                    w.WriteNumber("ticket_field_id", customId);
                }
                else
                {
                    w.WriteNull("ticket_field_id");
                }

                WriteText(w, "value", field.Value);
                WriteText(w, "previous_value", change.TryGetProperty("previous_value", out var previous) ? previous : null);
            });
            output.Write(new ElementRecord(row.RootElement), page.FetchedAt);
        }
    }

    public static void EmitTags(StreamOutput output, JsonElement update, Page page)
    {
        foreach (var change in ChangesOf(update))
        {
            foreach (var (list, action) in new[] { ("added_tags", "added"), ("removed_tags", "removed") })
            {
                if (!change.TryGetProperty(list, out var tags) || tags.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var tag in tags.EnumerateArray())
                {
                    if (tag.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    using var row = Row(update, change, "event_id", w =>
                    {
                        w.WriteString("tag", tag.GetString());
                        w.WriteString("action", action);
                    });
                    output.Write(new ElementRecord(row.RootElement), page.FetchedAt);
                }
            }
        }
    }

    /// <summary>The child events that set a field: those of the ticket's creation and its changes.</summary>
    private static IEnumerable<JsonElement> ChangesOf(JsonElement update)
    {
        if (!update.TryGetProperty("child_events", out var children) || children.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var child in children.EnumerateArray())
        {
            var kind = PageFields.String(child, "event_type") ?? PageFields.String(child, "type");
            if (kind is "Create" or "Change" && PageFields.Int64(child, "id") is not null)
            {
                yield return child;
            }
        }
    }

    /// <summary>
    /// The field an event sets. The export names it by the property that holds the value (<c>"status": "open"</c>);
    /// the audit shape, <c>field_name</c> and <c>value</c>, is read as well.
    /// </summary>
    public static (string Name, JsonElement Value)? FieldOf(JsonElement change)
    {
        if (PageFields.String(change, "field_name") is { } named)
        {
            return (named, change.TryGetProperty("value", out var value) ? value : default);
        }

        foreach (var property in change.EnumerateObject())
        {
            if (!EventProperties.Contains(property.Name))
            {
                return (property.Name, property.Value);
            }
        }

        return null;
    }

    /// <summary>The row as one small document: the event's id as <paramref name="eventKey"/>, its update's columns and <paramref name="own"/>.</summary>
    private static JsonDocument Row(JsonElement update, JsonElement change, string eventKey, Action<Utf8JsonWriter> own)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber(eventKey, PageFields.Int64(change, "id")!.Value);
            Copy(w, "ticket_id", update, "ticket_id");
            Copy(w, "audit_id", update, "id");
            w.WriteString("event_type", PageFields.String(change, "event_type") ?? PageFields.String(change, "type"));
            own(w);
            Copy(w, "updated_at", update, "created_at");
            Copy(w, "updater_id", update, "updater_id");
            Copy(w, "via", update, "via");
            w.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    private static void Copy(Utf8JsonWriter w, string name, JsonElement from, string property)
    {
        w.WritePropertyName(name);
        if (from.TryGetProperty(property, out var value))
        {
            value.WriteTo(w);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    /// <summary>A value as text, the way Zendesk shows field values: lists (tags, multi-select) joined by spaces.</summary>
    private static void WriteText(Utf8JsonWriter w, string name, JsonElement? value)
    {
        switch (value?.ValueKind)
        {
            case JsonValueKind.String:
                w.WriteString(name, value.Value.GetString());
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                w.WriteString(name, value.Value.GetRawText());
                break;
            case JsonValueKind.Array:
                var text = new StringBuilder();
                foreach (var item in value.Value.EnumerateArray())
                {
                    text.Append(text.Length == 0 ? string.Empty : " ").Append(item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText());
                }

                w.WriteString(name, text.ToString());
                break;
            case JsonValueKind.Object:
                w.WriteString(name, value.Value.GetRawText());
                break;
            default:
                w.WriteNull(name);
                break;
        }
    }
}
