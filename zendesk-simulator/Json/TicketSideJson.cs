using System.Buffers;
using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Deleted tickets and deleted users, as their lists show them.</summary>
internal static class TicketSideJson
{
    /// <summary>The properties of a user that its deleted-user record keeps.</summary>
    private static readonly string[] DeletedUserProperties =
        ["id", "url", "name", "email", "created_at", "updated_at", "time_zone", "phone", "shared_phone_number", "photo", "locale_id", "locale", "organization_id", "role", "active"];

    public static void WriteDeletedTicket(Utf8JsonWriter w, RenderContext ctx, int t)
    {
        var account = ctx.Account;
        var store = account.Tickets.Store;
        store.Overrides.TryGetValue(t, out var overrides);
        var actor = store.Assignee[t] >= 0 ? store.Assignee[t] : 0;
        w.WriteStartObject();
        w.WriteNumber("id", Ids.TicketId(t));
        w.WriteString("subject", overrides?.Subject ?? TicketText.Subject(account.Shape.Seed, t));
        w.WriteString("description", EncodedWords.Descriptions[TicketText.DescriptionIndex(account.Shape.Seed, t)]);
        w.WriteStartObject("actor");
        w.WriteNumber("id", Ids.UserId(actor));
        w.WriteString("name", account.Users.Name(actor));
        w.WriteEndObject();
        w.WriteString("previous_state", TicketCodes.Statuses[store.Status[t]]);
        w.Iso("deleted_at", store.Updated[t]);
        w.WriteEndObject();
    }

    /// <summary>The user as the users list writes it, cut to what Zendesk keeps of a deleted one, under its deleted-user url.</summary>
    public static void WriteDeletedUser(Utf8JsonWriter w, RenderContext ctx, int u)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var scratch = new Utf8JsonWriter(buffer))
        {
            UserJson.Write(scratch, ctx, u);
        }

        using var user = JsonDocument.Parse(buffer.WrittenMemory);
        w.WriteStartObject();
        foreach (var name in DeletedUserProperties)
        {
            if (name == "url")
            {
                w.WriteString("url", $"{ctx.ApiBase}/deleted_users/{Ids.UserId(u)}.json");
            }
            else if (name == "shared_phone_number")
            {
                // Zendesk's deleted users show it as a nullable string, not the boolean of users.
                w.WriteNull(name);
            }
            else if (user.RootElement.TryGetProperty(name, out var value))
            {
                w.WritePropertyName(name);
                value.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }
}
