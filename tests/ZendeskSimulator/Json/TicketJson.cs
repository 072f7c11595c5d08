using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Writes the ticket object (zendesk-api.md §8 tickets), as exports and lists return it.</summary>
internal static class TicketJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int t, bool export, bool metricSet)
    {
        var account = ctx.Account;
        var store = account.Tickets;
        var seed = account.Shape.Seed;
        var id = Ids.TicketId(t);
        var deleted = store.IsDeleted(t);
        store.Overrides.TryGetValue(t, out var overrides);
        var subject = overrides?.Subject ?? TicketText.Subject(seed, t);
        var channel = store.Channel[t];
        var requester = store.Requester[t];
        var supportAddress = $"support@{account.Shape.Subdomain}.zendesk.com";

        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/tickets/{id}.json");
        w.WriteNumber("id", id);
        w.StringOrNull("external_id", TicketText.ExternalId(seed, t));
        if (channel == TicketCodes.ChannelEmail)
        {
            w.Via("email", account.UserEmail(requester), account.UserName(requester), supportAddress);
        }
        else
        {
            w.Via(TicketCodes.Channels[channel]);
        }

        w.Iso("created_at", store.Created[t]);
        w.Iso("updated_at", store.Updated[t]);
        if (export)
        {
            w.WriteNumber("generated_timestamp", store.Generated[t]);
        }

        w.StringOrNull("type", TicketCodes.Types[store.Type[t]]);
        w.WriteString("subject", subject);
        w.WriteString("raw_subject", subject);
        w.WriteString("description", Description(account, t));
        w.StringOrNull("priority", TicketCodes.Priorities[store.Priority[t]]);
        w.WriteString("status", deleted ? "deleted" : TicketCodes.Statuses[store.Status[t]]);
        w.StringOrNull("recipient", channel == TicketCodes.ChannelEmail ? supportAddress : null);
        w.WriteNumber("requester_id", Ids.UserId(requester));
        w.WriteNumber("submitter_id", Ids.UserId(requester));
        Reference(w, "assignee_id", store.Assignee[t], Ids.UserId);
        Reference(w, "organization_id", store.Organization[t], Ids.OrganizationId);
        Reference(w, "group_id", store.Group[t], Ids.GroupId);
        w.Numbers("collaborator_ids", []);
        w.Numbers("follower_ids", []);
        w.Numbers("email_cc_ids", []);
        w.WriteNull("forum_topic_id");
        w.WriteNull("problem_id");
        w.WriteBoolean("has_incidents", false);
        w.WriteBoolean("is_public", true);
        w.IsoOrNull("due_at", store.Type[t] == 4 ? store.Created[t] + (7 * 86400) : null);
        w.Strings("tags", overrides?.Tags ?? TicketText.Tags(seed, t, channel));
        CustomFields(w, "custom_fields", account, t, overrides);
        SatisfactionRating(w, account, t);
        w.Numbers("sharing_agreement_ids", []);
        w.WriteNumber("custom_status_id", Fields.CatalogId(CatalogKind.CustomStatus, store.Status[t] + 1));
        CustomFields(w, "fields", account, t, overrides);
        w.Numbers("followup_ids", []);
        w.WriteNumber("ticket_form_id", Fields.CatalogId(CatalogKind.TicketForm, store.Form[t] + 1));
        w.WriteNumber("brand_id", Fields.CatalogId(CatalogKind.Brand, store.Brand[t] + 1));
        w.WriteBoolean("allow_channelback", false);
        w.WriteBoolean("allow_attachments", true);
        w.WriteBoolean("from_messaging_channel", false);
        w.WriteString("encoded_id", TicketText.EncodedId(id));
        if (metricSet && !deleted)
        {
            w.WritePropertyName("metric_set");
            MetricJson.WriteMetricSet(w, ctx, t, account.AuditsOf(t));
        }

        w.WriteEndObject();
    }

    public static string Description(Account account, int t)
    {
        var header = account.HeaderOf(t);
        Span<AuditSpec> first = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        TicketTimeline.Build(account.Shape, t, header, true, first);
        return TicketText.CommentBody(account.Shape.Seed, t, first[0], account.UserFirstName(header.Requester), string.Empty);
    }

    private static void Reference(Utf8JsonWriter w, string name, int index, Func<int, long> id)
    {
        if (index >= 0)
        {
            w.WriteNumber(name, id(index));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void CustomFields(Utf8JsonWriter w, string name, Account account, int t, TicketOverrides? overrides)
    {
        w.WriteStartArray(name);
        for (var f = 0; f < Fields.Ticket.Count; f++)
        {
            var field = Fields.Ticket[f];
            w.WriteStartObject();
            w.WriteNumber("id", field.Id);
            var value = overrides is not null && overrides.CustomFields.TryGetValue(field.Id, out var changed)
                ? changed
                : TicketText.CustomFieldValue(account.Shape.Seed, t, f, account.Tickets.Created[t]);
            w.Value("value", value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void SatisfactionRating(Utf8JsonWriter w, Account account, int t)
    {
        w.WriteStartObject("satisfaction_rating");
        if (account.RatingOf(t) is { } rating)
        {
            if (rating.Score != "offered")
            {
                w.WriteNumber("id", rating.Id);
            }

            w.WriteString("score", rating.Score);
            if (rating.Score != "offered")
            {
                w.WriteString("comment", RatingInfo.Comments[(int)(rating.Id % RatingInfo.Comments.Length)]);
                w.WriteString("reason", RatingInfo.Reasons[rating.Reason]);
                w.WriteNumber("reason_id", Fields.CatalogId(CatalogKind.CustomStatus, 100 + rating.Reason));
            }
        }
        else
        {
            w.WriteString("score", "unoffered");
        }

        w.WriteEndObject();
    }
}
