using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// The ticket-side streams: the field and tag histories of every exported ticket update, taken from
/// the simulator's own audit events, the side conversations of the exported tickets, and the lists of
/// statuses, reasons, deleted and suspended records.
/// </summary>
internal static class TicketSideSnapshot
{
    public static IReadOnlyList<string> Streams { get; } =
        ["custom_statuses", "satisfaction_reasons", "deleted_tickets", "deleted_users", "suspended_tickets", "side_conversations", "side_conversation_events", "ticket_field_history", "ticket_tag_history"];

    public static void Add(Dictionary<string, List<JsonObject>> streams, Account account, RenderContext ctx)
    {
        Catalog(streams["custom_statuses"], ctx, TicketSideRecords.CustomStatuses(account));
        Catalog(streams["satisfaction_reasons"], ctx, TicketSideRecords.SatisfactionReasons(account));
        Catalog(streams["suspended_tickets"], ctx, TicketSideRecords.SuspendedTickets(account));
        foreach (var t in TicketSideRecords.DeletedTickets(account))
        {
            streams["deleted_tickets"].Add(Rendered.Object(w => TicketSideJson.WriteDeletedTicket(w, ctx, t)));
        }

        foreach (var u in TicketSideRecords.DeletedUsers(account))
        {
            streams["deleted_users"].Add(Rendered.Object(w => TicketSideJson.WriteDeletedUser(w, ctx, u)));
        }

        Histories(streams["ticket_field_history"], streams["ticket_tag_history"], account, ctx);
        SideConversations(streams["side_conversations"], streams["side_conversation_events"], account, ctx);
    }

    // Those of every live ticket the export has reached: each is read when its ticket is.
    private static void SideConversations(List<JsonObject> conversations, List<JsonObject> events, Account account, RenderContext ctx)
    {
        var store = account.Tickets.Store;
        for (var t = 0; t < store.Count; t++)
        {
            if (store.IsDeleted(t) || store.Generated[t] > account.ExportFloor)
            {
                continue;
            }

            foreach (var conversation in SideConversationRecords.Of(account, t))
            {
                conversations.Add(Rendered.Object(w => CatalogJson.Write(w, ctx, conversation.Conversation)));
                Catalog(events, ctx, conversation.Events);
            }
        }
    }

    private static void Histories(List<JsonObject> fields, List<JsonObject> tags, Account account, RenderContext ctx)
    {
        var index = account.Audits.EventIndex;
        for (var p = 0; p < index.Count; p++)
        {
            var key = index[p];
            if (TimeIndex.TimestampOf(key) > account.ExportFloor || !index.IsCurrent(key))
            {
                continue;
            }

            var audit = account.Audits.At(TimeIndex.LocalOf(key), out var t);
            var update = Rendered.Object(w => TicketEventJson.Write(w, ctx, t, audit, commentEvents: false));
            foreach (var e in AuditContent.Events(account, t, audit))
            {
                var row = Common(update, e, "id");
                row["field_name"] = e.Field;
                row["ticket_field_id"] = long.TryParse(e.Field, out var custom) ? custom : null;
                row["value"] = Text(e.Value);
                row["previous_value"] = e.Type == "Change" ? Text(e.Previous) : null;
                fields.Add(row);
                if (e.Field != "tags")
                {
                    continue;
                }

                var now = e.Value as IReadOnlyList<string> ?? [];
                var before = e.Previous as IReadOnlyList<string> ?? [];
                foreach (var (list, action) in new[] { (now.Except(before, StringComparer.Ordinal), "added"), (before.Except(now, StringComparer.Ordinal), "removed") })
                {
                    foreach (var tag in list)
                    {
                        var tagRow = Common(update, e, "event_id");
                        tagRow["tag"] = tag;
                        tagRow["action"] = action;
                        tags.Add(tagRow);
                    }
                }
            }
        }
    }

    private static JsonObject Common(JsonObject update, AuditEvent e, string eventKey) => new()
    {
        [eventKey] = e.Id,
        ["ticket_id"] = update["ticket_id"]!.DeepClone(),
        ["audit_id"] = update["id"]!.DeepClone(),
        ["event_type"] = e.Type,
        ["updated_at"] = update["created_at"]!.DeepClone(),
        ["updater_id"] = update["updater_id"]!.DeepClone(),
        ["via"] = update["via"]!.DeepClone(),
    };

    // A field value as the history holds it: text, with lists joined by spaces.
    private static string? Text(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.Value(value);
        }

        using var json = JsonDocument.Parse(buffer.WrittenMemory);
        var root = json.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => root.GetString(),
            JsonValueKind.Array => string.Join(' ', root.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText())),
            _ => root.GetRawText(),
        };
    }

    private static void Catalog(List<JsonObject> records, RenderContext ctx, IReadOnlyList<CatalogItem> items)
    {
        foreach (var item in items)
        {
            records.Add(Rendered.Object(w => CatalogJson.Write(w, ctx, item)));
        }
    }
}
