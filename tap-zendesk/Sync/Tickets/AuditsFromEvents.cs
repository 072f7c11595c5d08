using System.Buffers;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>
/// <c>ticket_audits</c> rebuilt from the ticket events export: each export record is one ticket
/// update, that is one audit, and its child events are the audit's events. The record takes the
/// audit's shape: <c>updater_id</c> becomes <c>author_id</c>, <c>system</c> goes under
/// <c>metadata</c>, an event that sets a field is written as <c>field_name</c>, <c>value</c> and
/// <c>previous_value</c>, and its kind (<c>event_type</c>) as <c>type</c>. The export gives <c>via</c>
/// as a label; the audit's <c>via</c> object is taken from its comment, which carries it, or else
/// holds only the channel the label names.
/// </summary>
internal static class AuditsFromEvents
{
    /// <summary>The labels the export gives <c>via</c>, by the channel the audit's <c>via</c> object names.</summary>
    private static readonly Dictionary<string, string> Channels = new(StringComparer.Ordinal)
    {
        ["Web form"] = "web",
        ["Mail"] = "email",
        ["Web service"] = "api",
        ["Mobile"] = "mobile",
        ["Chat"] = "chat",
        ["Voice"] = "voice",
        ["Rule"] = "rule",
    };

    /// <summary>What a child event of the export holds besides its content.</summary>
    private static readonly HashSet<string> Envelope = new(StringComparer.Ordinal)
    {
        "event_type", "via_reference_id", "comment_present", "comment_public", "added_tags", "removed_tags",
    };

    public static void Emit(StreamOutput audits, JsonElement update, Page page)
    {
        if (PageFields.Int64(update, "id") is null)
        {
            return;
        }

        using var audit = Audit(update);
        audits.Write(new ElementRecord(audit.RootElement), page.FetchedAt);
    }

    private static JsonDocument Audit(JsonElement update)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            Copy(w, "id", update, "id");
            Copy(w, "ticket_id", update, "ticket_id");
            Copy(w, "created_at", update, "created_at");
            Copy(w, "author_id", update, "updater_id");
            WriteVia(w, update);
            w.WriteStartObject("metadata");
            Copy(w, "system", update, "system");
            w.WriteEndObject();
            w.WriteStartArray("events");
            if (update.TryGetProperty("child_events", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in children.EnumerateArray())
                {
                    WriteEvent(w, child);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    private static void WriteVia(Utf8JsonWriter w, JsonElement update)
    {
        w.WritePropertyName("via");
        if (CommentVia(update) is { } via)
        {
            via.WriteTo(w);
        }
        else if (PageFields.String(update, "via") is { } label && Channels.TryGetValue(label, out var channel))
        {
            w.WriteStartObject();
            w.WriteString("channel", channel);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static JsonElement? CommentVia(JsonElement update)
    {
        if (!update.TryGetProperty("child_events", out var children) || children.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var child in children.EnumerateArray())
        {
            if (Kind(child) is "Comment" or "VoiceComment" && child.TryGetProperty("via", out var via) && via.ValueKind == JsonValueKind.Object)
            {
                return via;
            }
        }

        return null;
    }

    private static void WriteEvent(Utf8JsonWriter w, JsonElement child)
    {
        if (child.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var kind = Kind(child);
        w.WriteStartObject();
        Copy(w, "id", child, "id");
        w.WriteString("type", kind);
        if (kind is "Create" or "Change" && FieldHistory.FieldOf(child) is { } field)
        {
            w.WriteString("field_name", field.Name);
            w.WritePropertyName("value");
            WriteValue(w, field.Value);
            if (kind == "Change")
            {
                Copy(w, "previous_value", child, "previous_value");
            }
        }
        else
        {
            foreach (var property in child.EnumerateObject())
            {
                // The export's label for via says less than the audit's object and is left out; a comment's via is an object.
                if (property.NameEquals("id") || property.NameEquals("type") || Envelope.Contains(property.Name)
                    || (property.NameEquals("via") && property.Value.ValueKind != JsonValueKind.Object))
                {
                    continue;
                }

                property.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }

    private static string? Kind(JsonElement child) => PageFields.String(child, "event_type") ?? PageFields.String(child, "type");

    private static void WriteValue(Utf8JsonWriter w, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            w.WriteNullValue();
        }
        else
        {
            value.WriteTo(w);
        }
    }

    private static void Copy(Utf8JsonWriter w, string name, JsonElement from, string property)
    {
        w.WritePropertyName(name);
        WriteValue(w, from.TryGetProperty(property, out var value) ? value : default);
    }
}
