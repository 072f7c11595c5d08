using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// Writes the ticket object, as exports and lists return it. Exports
/// write hundreds of thousands of these a second, so texts come from pre-encoded word tables,
/// numbers and times are formatted into stack buffers, and the ticket's history is rebuilt once.
/// </summary>
internal static partial class TicketJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int t, bool export, bool metricSet)
    {
        var account = ctx.Account;
        var store = account.Tickets.Store;
        var seed = account.Shape.Seed;
        var id = Ids.TicketId(t);
        var deleted = store.IsDeleted(t);
        store.Overrides.TryGetValue(t, out var overrides);
        var channel = store.Channel[t];
        var requester = store.Requester[t];
        Span<AuditSpec> timeline = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var generated = account.Audits.Build(t, timeline);

        w.WriteStartObject();
        Url(w, Names.Url, ctx.TicketUrl, id);
        w.WriteNumber(Names.Id, id);
        ExternalId(w, seed, t);
        ViaJson.Write(w, ctx, channel, requester);
        w.Iso(Names.CreatedAt, store.Created[t]);
        w.Iso(Names.UpdatedAt, store.Updated[t]);
        if (export)
        {
            w.WriteNumber(Names.GeneratedTimestamp, store.Generated[t]);
        }

        Code(w, Names.Type, EncodedWords.Types, store.Type[t]);
        Subject(w, seed, t, overrides);
        w.WriteString(Names.Description, EncodedWords.Descriptions[TicketText.DescriptionIndex(seed, t)]);
        Code(w, Names.Priority, EncodedWords.Priorities, store.Priority[t]);
        w.WriteString(Names.Status, deleted ? EncodedWords.Deleted : EncodedWords.Statuses[store.Status[t]]);
        if (channel == TicketCodes.ChannelEmail)
        {
            w.WriteString(Names.Recipient, ctx.SupportAddress);
        }
        else
        {
            w.WriteNull(Names.Recipient);
        }

        w.WriteNumber(Names.RequesterId, Ids.UserId(requester));
        w.WriteNumber(Names.SubmitterId, Ids.UserId(requester));
        Reference(w, Names.AssigneeId, store.Assignee[t] is var assignee && assignee >= 0 ? Ids.UserId(assignee) : -1);
        Reference(w, Names.OrganizationId, store.Organization[t] is var organization && organization >= 0 ? Ids.OrganizationId(organization) : -1);
        Reference(w, Names.GroupId, store.Group[t] is var group && group >= 0 ? Ids.GroupId(group) : -1);
        w.WritePropertyName(Names.CollaboratorIds);
        w.WriteRawValue(TicketFragments.FromCollaborators, skipInputValidation: true);
        w.IsoOrNull(Names.DueAt, store.Type[t] == 4 ? store.Created[t] + (7 * 86400) : null);
        Tags(w, seed, t, channel, overrides);
        var fields = CustomFields(seed, t, store.Created[t], overrides);
        w.WritePropertyName(Names.CustomFields);
        w.WriteRawValue(fields, skipInputValidation: true);
        SatisfactionRating(w, account, t, timeline[..generated]);
        w.EmptyArray(Names.SharingAgreementIds);
        w.WriteNumber(Names.CustomStatusId, Fields.CatalogId(CatalogKind.CustomStatus, store.Status[t] + 1));
        w.WritePropertyName(Names.Fields);
        w.WriteRawValue(fields, skipInputValidation: true);
        w.EmptyArray(Names.FollowupIds);
        w.WriteNumber(Names.TicketFormId, Fields.CatalogId(CatalogKind.TicketForm, store.Form[t] + 1));
        w.WriteNumber(Names.BrandId, Fields.CatalogId(CatalogKind.Brand, store.Brand[t] + 1));
        w.WritePropertyName(Names.AllowChannelback);
        w.WriteRawValue(TicketFragments.FromAllowChannelback, skipInputValidation: true);
        Span<byte> encodedId = stackalloc byte[TicketText.EncodedIdLength];
        TicketText.EncodedId(id, encodedId);
        w.WriteString(Names.EncodedId, encodedId);
        if (metricSet && !deleted)
        {
            w.WritePropertyName(Names.MetricSet);
            var kept = Math.Min(generated, store.GeneratedAudits[t]);
            if (store.MutationAudits.ContainsKey(t))
            {
                MetricJson.WriteMetricSet(w, ctx, t, account.Audits.Of(t));
            }
            else
            {
                MetricJson.WriteMetricSet(w, ctx, t, timeline[..kept]);
            }
        }

        w.WriteEndObject();
    }

    /// <summary>Writes prefix + id + ".json", as every record's url field.</summary>
    public static void Url(Utf8JsonWriter w, JsonEncodedText property, byte[] prefix, long id)
    {
        var text = new Utf8Buffer(stackalloc byte[prefix.Length + 32]);
        text.Append(prefix);
        text.AppendNumber(id);
        text.Append(".json"u8);
        w.WriteString(property, text.Written);
    }
}
