using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>What the list endpoints hold right now, written by the simulator's own record writers.</summary>
internal static class ListRecords
{
    public static void Add(Dictionary<string, List<JsonObject>> streams, Account account, RenderContext ctx)
    {
        var catalog = account.Catalog;
        Catalog(streams["groups"], ctx, catalog.Groups);
        Catalog(streams["group_memberships"], ctx, catalog.GroupMemberships);
        Catalog(streams["macros"], ctx, catalog.Macros);
        Catalog(streams["brands"], ctx, catalog.Brands);
        Catalog(streams["ticket_fields"], ctx, catalog.TicketFields);
        Catalog(streams["ticket_forms"], ctx, catalog.TicketForms);
        Catalog(streams["user_fields"], ctx, catalog.UserFields);
        Catalog(streams["organization_fields"], ctx, catalog.OrganizationFields);
        Catalog(streams["views"], ctx, catalog.Views);
        Catalog(streams["triggers"], ctx, catalog.Triggers);
        Catalog(streams["automations"], ctx, catalog.Automations);
        Catalog(streams["sla_policies"], ctx, catalog.SlaPolicies);
        Catalog(streams["custom_roles"], ctx, catalog.CustomRoles);
        Catalog(streams["schedules"], ctx, catalog.Schedules);
        Catalog(streams["talk_phone_numbers"], ctx, catalog.PhoneNumbers);
        Catalog(streams["audit_logs"], ctx, catalog.AuditLogs);

        foreach (var (name, count) in account.Tickets.Tags)
        {
            streams["tags"].Add(new JsonObject { ["name"] = name, ["count"] = count });
        }

        foreach (var member in account.Memberships.Store.Generated)
        {
            streams["organization_memberships"].Add(Rendered.Object(w => OrganizationJson.WriteMembership(w, ctx, member)));
        }

        foreach (var key in account.Audits.RatingKeys)
        {
            var t = (int)TimeIndex.LocalOf(key);
            var rating = account.Audits.RatingOf(t)!.Value;
            streams["satisfaction_ratings"].Add(Rendered.Object(w => RatingJson.Write(w, ctx, t, rating)));
        }

        for (var n = 0; n < account.Tickets.Skips.Count; n++)
        {
            // Zendesk stops listing the skips of archived tickets.
            if (!account.Tickets.IsArchived(account.Tickets.Skips.Ticket(n)))
            {
                var skip = n;
                streams["ticket_skips"].Add(Rendered.Object(w => SkipJson.Write(w, ctx, skip)));
            }
        }

        // Zendesk keeps 30 days of activities.
        var since = account.Clock.NowSeconds - (30 * 86400L);
        foreach (var activity in account.Tickets.Activities.Where(a => a.Time >= since))
        {
            streams["activities"].Add(Rendered.Object(w => ActivityJson.Write(w, ctx, activity)));
        }
    }

    private static void Catalog(List<JsonObject> records, RenderContext ctx, IReadOnlyList<CatalogItem> items)
    {
        foreach (var item in items)
        {
            records.Add(Rendered.Object(w => CatalogJson.Write(w, ctx, item)));
        }
    }
}
