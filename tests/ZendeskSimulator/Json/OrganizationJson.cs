using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Organizations (with their <c>organization_fields</c> map) and organization memberships.</summary>
internal static class OrganizationJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int o)
    {
        var account = ctx.Account;
        var store = account.Organizations;
        var seed = account.Shape.Seed;
        var id = Ids.OrganizationId(o);
        store.Overrides.TryGetValue(o, out var overrides);
        var prng = new Prng(seed, Salts.Organization, ((long)o * 8) + 2);
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/organizations/{id}.json");
        w.WriteNumber("id", id);
        w.WriteString("name", Name(account, o));
        w.WriteBoolean("shared_tickets", prng.Chance(0.3));
        w.WriteBoolean("shared_comments", prng.Chance(0.2));
        w.StringOrNull("external_id", prng.Chance(0.5) ? $"ORG-{id % 1_000_003}" : null);
        w.Iso("created_at", store.Created[o]);
        w.Iso("updated_at", store.Updated[o]);
        w.Strings("domain_names", [PersonText.Domain(seed, o)]);
        w.StringOrNull("details", overrides?.Details ?? (prng.Chance(0.5) ? $"Customer since {Time.Epoch.Date(store.Created[o])}" : null));
        w.StringOrNull("notes", overrides?.Notes ?? (prng.Chance(0.3) ? "Key account" : null));
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
        for (var f = 0; f < Fields.Organization.Count; f++)
        {
            var field = Fields.Organization[f];
            var fieldPrng = new Prng(seed, Salts.Organization, ((long)o * 8) + 3 + (f * 1_000_003L));
            var value = overrides is not null && overrides.Fields.TryGetValue(field.Key, out var changed)
                ? changed
                : Fields.Value(ref fieldPrng, field, store.Created[o], organizationDates: true);
            w.Value(field.Key, value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static string Name(Account account, int o) =>
        account.Organizations.Overrides.TryGetValue(o, out var overrides) && overrides.Name is { } name
            ? name
            : PersonText.OrganizationName(account.Shape.Seed, o);

    /// <summary>The single membership of an end-user in its organization.</summary>
    public static void WriteMembership(Utf8JsonWriter w, RenderContext ctx, int u)
    {
        var account = ctx.Account;
        var o = account.Users.Organization[u];
        var id = Ids.OrganizationMembership + u;
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/organization_memberships/{id}.json");
        w.WriteNumber("id", id);
        w.WriteNumber("user_id", Ids.UserId(u));
        w.WriteNumber("organization_id", Ids.OrganizationId(o));
        w.WriteString("organization_name", Name(account, o));
        w.WriteBoolean("default", true);
        w.WriteBoolean("view_tickets", true);
        w.Iso("created_at", account.Users.Created[u]);
        w.Iso("updated_at", account.Users.Created[u]);
        w.WriteEndObject();
    }
}
