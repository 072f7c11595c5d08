using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
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
    private static readonly (string List, string Action)[] TagLists = [("added_tags", "added"), ("removed_tags", "removed")];

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
        using var rows = new HistoryRows(update);
        foreach (var change in ChangesOf(update))
        {
            if (FieldOf(change) is not { } field)
            {
                continue;
            }

            var w = rows.Begin(change, "id");
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
            output.Write(rows.End(), page.FetchedAt);
        }
    }

    public static void EmitTags(StreamOutput output, JsonElement update, Page page)
    {
        using var rows = new HistoryRows(update);
        foreach (var change in ChangesOf(update))
        {
            foreach (var (list, action) in TagLists)
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

                    var w = rows.Begin(change, "event_id");
                    w.WritePropertyName("tag");
                    w.WriteRawValue(JsonMarshal.GetRawUtf8Value(tag), skipInputValidation: true);
                    w.WriteString("action", action);
                    output.Write(rows.End(), page.FetchedAt);
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

    /// <summary>
    /// The rows of one ticket update, written one after another into one buffer: the event's id under
    /// the row's key, the update's columns (found once for all its rows) and the row's own properties.
    /// Each row is handed on as the bytes written, valid until the next row begins. The buffer and the
    /// update's columns are set up with the first row: most updates give a stream none.
    /// </summary>
    private sealed class HistoryRows(JsonElement update) : IDisposable
    {
        private ArrayBufferWriter<byte>? _buffer;
        private Utf8JsonWriter _writer = null!;
        private JsonElement? _ticketId;
        private JsonElement? _auditId;
        private JsonElement? _updatedAt;
        private JsonElement? _updaterId;
        private JsonElement? _via;

        /// <summary>Starts a row for <paramref name="change"/>; the caller writes the row's own properties.</summary>
        public Utf8JsonWriter Begin(JsonElement change, string eventKey)
        {
            if (_buffer is null)
            {
                _buffer = new ArrayBufferWriter<byte>(512);
                _writer = new Utf8JsonWriter(_buffer);
                _ticketId = Find("ticket_id");
                _auditId = Find("id");
                _updatedAt = Find("created_at");
                _updaterId = Find("updater_id");
                _via = Find("via");
            }
            else
            {
                _buffer.ResetWrittenCount();
                _writer.Reset();
            }

            _writer.WriteStartObject();
            _writer.WriteNumber(eventKey, PageFields.Int64(change, "id")!.Value);
            Copy("ticket_id", _ticketId);
            Copy("audit_id", _auditId);
            _writer.WriteString("event_type", PageFields.String(change, "event_type") ?? PageFields.String(change, "type"));
            return _writer;
        }

        public WrittenRecord End()
        {
            Copy("updated_at", _updatedAt);
            Copy("updater_id", _updaterId);
            Copy("via", _via);
            _writer.WriteEndObject();
            _writer.Flush();
            return new WrittenRecord(_buffer!.WrittenMemory);
        }

        public void Dispose()
        {
            if (_buffer is not null)
            {
                _writer.Dispose();
            }
        }

        private JsonElement? Find(string property) => update.TryGetProperty(property, out var value) ? value : null;

        private void Copy(string name, JsonElement? value)
        {
            _writer.WritePropertyName(name);
            if (value is { } present)
            {
                // Zendesk's own JSON, already valid: copied as it came.
                _writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(present), skipInputValidation: true);
            }
            else
            {
                _writer.WriteNullValue();
            }
        }
    }

    /// <summary>A value as text, the way Zendesk shows field values: lists (tags, multi-select) joined by spaces.</summary>
    private static void WriteText(Utf8JsonWriter w, string name, JsonElement? value)
    {
        switch (value?.ValueKind)
        {
            case JsonValueKind.String:
                // A JSON string already: copied as Zendesk sent it rather than decoded and encoded again.
                w.WritePropertyName(name);
                w.WriteRawValue(JsonMarshal.GetRawUtf8Value(value.Value), skipInputValidation: true);
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
