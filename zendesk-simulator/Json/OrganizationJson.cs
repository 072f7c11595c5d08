using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Organizations (with their <c>organization_fields</c> map) and organization memberships.</summary>
internal static class OrganizationJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int o)
    {
        var account = ctx.Account;
        var store = account.Organizations.Store;
        if (store.IsCreatedLive(o))
        {
            WriteCreated(w, ctx, o);
            return;
        }

        var seed = account.Shape.Seed;
        var id = Ids.OrganizationId(o);
        store.Overrides.TryGetValue(o, out var overrides);

        // Every draw is made whatever the overrides, so that overriding one text never shifts another.
        var prng = new Prng(seed, Salts.Organization, ((long)o * 8) + 2);
        var sharedTickets = prng.Chance(0.3);
        var sharedComments = prng.Chance(0.2);
        var externalId = prng.Chance(GeneratedKeys.OrganizationExternalIdShare) ? $"ORG-{id % GeneratedKeys.OrganizationExternalIdModulus}" : null;
        var details = prng.Chance(0.5) ? $"Customer since {Time.Epoch.Date(store.Created[o])}" : null;
        var notes = prng.Chance(0.3) ? "Key account" : null;
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/organizations/{id}.json");
        w.WriteNumber("id", id);
        w.WriteString("name", Name(account, o));
        w.WriteBoolean("shared_tickets", sharedTickets);
        w.WriteBoolean("shared_comments", sharedComments);
        w.StringOrNull("external_id", overrides is { ExternalIdSet: true } ? overrides.ExternalId : externalId);
        w.Iso("created_at", store.Created[o]);
        w.Iso("updated_at", store.Updated[o]);
        DeletedAt(w, store, o);
        w.Strings("domain_names", overrides?.DomainNames ?? [PersonText.Domain(seed, o)]);
        w.StringOrNull("details", overrides?.Details ?? details);
        w.StringOrNull("notes", overrides?.Notes ?? notes);
        if (store.Group[o] >= 0)
        {
            w.WriteNumber("group_id", Ids.GroupId(store.Group[o]));
        }
        else
        {
            w.WriteNull("group_id");
        }

        w.Strings("tags", overrides?.Tags ?? (string[])[prng.Pick(Words.Tags)]);
        w.WriteStartObject("organization_fields");
        var fields = account.CustomFields.Organization;
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            var fieldPrng = new Prng(seed, Salts.Organization, ((long)o * 8) + 3 + (f * 1_000_003L));
            var value = overrides is not null && overrides.Fields.TryGetValue(field.Key, out var changed)
                ? changed
                : f >= Fields.Organization.Count ? null : Fields.Value(ref fieldPrng, field, store.Created[o], organizationDates: true);
            w.Value(field.Key, value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static string Name(Account account, int o) => account.Organizations.Keys.Name(o);

    /// <summary>The generated membership of an end-user in its organization.</summary>
    public static void WriteMembership(Utf8JsonWriter w, RenderContext ctx, int u)
    {
        var account = ctx.Account;
        var position = Array.BinarySearch(account.Memberships.Store.Generated, u);
        WriteMembership(w, ctx, account.Memberships.Store.At(position, account.Users.Store));
    }

    /// <summary>A membership; <c>default</c> is true for the user's default organization and null (not false) otherwise.</summary>
    public static void WriteMembership(Utf8JsonWriter w, RenderContext ctx, Membership membership)
    {
        var account = ctx.Account;
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/organization_memberships/{membership.Id}.json");
        w.WriteNumber("id", membership.Id);
        w.WriteNumber("user_id", Ids.UserId(membership.User));
        w.WriteNumber("organization_id", Ids.OrganizationId(membership.Organization));
        w.WriteString("organization_name", Name(account, membership.Organization));
        if (account.Users.Store.Organization[membership.User] == membership.Organization)
        {
            w.WriteBoolean("default", true);
        }
        else
        {
            w.WriteNull("default");
        }

        w.WriteBoolean("view_tickets", true);
        w.Iso("created_at", membership.Created);
        w.Iso("updated_at", membership.Updated);
        w.WriteEndObject();
    }

    // Only the export still reaches a deleted organization; Zendesk's export marks one with deleted_at.
    private static void DeletedAt(Utf8JsonWriter w, OrganizationStore store, int o)
    {
        if (store.DeletedAt(o) is { } deletedAt)
        {
            w.Iso("deleted_at", deletedAt);
        }
    }

    // An organization created through the API has only what was sent: no generated texts.
    private static void WriteCreated(Utf8JsonWriter w, RenderContext ctx, int o)
    {
        var account = ctx.Account;
        var store = account.Organizations.Store;
        var id = Ids.OrganizationId(o);
        var overrides = store.Overrides[o];
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/organizations/{id}.json");
        w.WriteNumber("id", id);
        w.WriteString("name", Name(account, o));
        w.WriteBoolean("shared_tickets", false);
        w.WriteBoolean("shared_comments", false);
        w.StringOrNull("external_id", overrides.ExternalId);
        w.Iso("created_at", store.Created[o]);
        w.Iso("updated_at", store.Updated[o]);
        DeletedAt(w, store, o);
        w.Strings("domain_names", overrides.DomainNames ?? []);
        w.StringOrNull("details", overrides.Details);
        w.StringOrNull("notes", overrides.Notes);
        w.WriteNull("group_id");
        w.Strings("tags", overrides.Tags ?? []);
        w.WriteStartObject("organization_fields");
        foreach (var field in ctx.Account.CustomFields.Organization)
        {
            w.Value(field.Key, overrides.Fields.GetValueOrDefault(field.Key));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
