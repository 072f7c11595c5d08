using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Users (zendesk-api.md §8 users) with their <c>user_fields</c> map.</summary>
internal static class UserJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int u)
    {
        var account = ctx.Account;
        var store = account.Users;
        var seed = account.Shape.Seed;
        var id = Ids.UserId(u);
        var role = store.Role[u];
        var staff = role != UserStore.RoleEndUser;
        var flags = store.Flags[u];
        store.Overrides.TryGetValue(u, out var overrides);
        var prng = new Prng(seed, Salts.User, ((long)u * 8) + 3);
        var zone = prng.Below(Words.TimeZones.Length);
        var locale = prng.Below(Words.Locales.Length);

        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("url", $"{ctx.ApiBase}/users/{id}.json");
        w.WriteString("name", account.UserName(u));
        w.WriteString("email", account.UserEmail(u));
        w.Iso("created_at", store.Created[u]);
        w.Iso("updated_at", store.Updated[u]);
        w.WriteString("time_zone", Words.TimeZones[zone]);
        w.WriteString("iana_time_zone", Words.IanaTimeZones[zone]);
        w.StringOrNull("phone", (flags & UserStore.FlagPhone) != 0 ? PersonText.Phone(seed, u) : null);
        w.WriteBoolean("shared_phone_number", false);
        w.WriteNull("photo");
        w.WriteNumber("locale_id", Words.LocaleIds[locale]);
        w.WriteString("locale", Words.Locales[locale]);
        var organization = store.Organization[u];
        if (organization >= 0)
        {
            w.WriteNumber("organization_id", Ids.OrganizationId(organization));
        }
        else
        {
            w.WriteNull("organization_id");
        }

        w.WriteString("role", UserStore.RoleNames[role]);
        w.WriteBoolean("verified", (flags & UserStore.FlagVerified) != 0);
        w.StringOrNull("external_id", prng.Chance(0.4) ? $"crm-{id % 1_000_000_007}" : null);
        w.Strings("tags", overrides?.Tags ?? (staff ? ["staff"] : (string[])[prng.Pick(Words.Tags)]));
        w.WriteString("alias", string.Empty);
        w.WriteBoolean("active", store.IsActive(u));
        w.WriteBoolean("shared", false);
        w.WriteBoolean("shared_agent", false);
        w.Iso("last_login_at", store.Created[u] + ((store.Updated[u] - store.Created[u]) / 2));
        w.WriteBoolean("two_factor_auth_enabled", staff && prng.Chance(0.5));
        w.WriteString("signature", staff ? account.UserName(u) + "\nSimulator Support" : string.Empty);
        w.WriteString("details", string.Empty);
        w.WriteString("notes", overrides?.Notes ?? string.Empty);
        w.NumberOrNull("role_type", role == UserStore.RoleAdmin ? 4 : role == UserStore.RoleAgent && u % 7 == 3 ? 0 : null);
        w.NumberOrNull("custom_role_id", role == UserStore.RoleAgent && u % 7 == 3 ? Fields.CatalogId(CatalogKind.CustomRole, 1) : null);
        w.WriteBoolean("moderator", role == UserStore.RoleAdmin);
        w.StringOrNull("ticket_restriction", staff ? null : "requested");
        w.WriteBoolean("only_private_comments", false);
        w.WriteBoolean("restricted_agent", false);
        w.WriteBoolean("suspended", (flags & UserStore.FlagSuspended) != 0);
        w.NumberOrNull("default_group_id", staff ? Ids.GroupId(store.DefaultGroup[u]) : null);
        w.WriteBoolean("report_csv", role == UserStore.RoleAdmin);
        w.WriteStartObject("user_fields");
        for (var f = 0; f < Fields.User.Count; f++)
        {
            var field = Fields.User[f];
            var fieldPrng = new Prng(seed, Salts.User, ((long)u * 8) + 4 + (f * 1_000_003L));
            var value = overrides is not null && overrides.Fields.TryGetValue(field.Key, out var changed)
                ? changed
                : Fields.Value(ref fieldPrng, field, store.Created[u]);
            w.Value(field.Key, value);
        }

        w.WriteEndObject();
        w.WriteBoolean("chat_only", false);
        w.WriteEndObject();
    }

    /// <summary>The user's n-th identity: 0 the primary email, 1 the phone number (when the user has one).</summary>
    public static void WriteIdentity(Utf8JsonWriter w, RenderContext ctx, int u, int n)
    {
        var account = ctx.Account;
        var store = account.Users;
        var userId = Ids.UserId(u);
        if (n == 0)
        {
            var verified = (store.Flags[u] & UserStore.FlagVerified) != 0;
            WriteIdentity(w, ctx, Ids.Identity + (u * 4L), userId, "email", account.UserEmail(u), verified, true, store.Created[u]);
        }
        else
        {
            WriteIdentity(w, ctx, Ids.Identity + (u * 4L) + 1, userId, "phone_number", PersonText.Phone(account.Shape.Seed, u), true, false, store.Created[u] + 600);
        }
    }

    public static int IdentityCount(Account account, int u) => (account.Users.Flags[u] & UserStore.FlagPhone) != 0 ? 2 : 1;

    private static void WriteIdentity(Utf8JsonWriter w, RenderContext ctx, long id, long userId, string type, string value, bool verified, bool primary, long created)
    {
        w.WriteStartObject();
        w.WriteString("url", $"{ctx.ApiBase}/users/{userId}/identities/{id}.json");
        w.WriteNumber("id", id);
        w.WriteNumber("user_id", userId);
        w.WriteString("type", type);
        w.WriteString("value", value);
        w.WriteBoolean("verified", verified);
        w.WriteBoolean("primary", primary);
        w.Iso("created_at", created);
        w.Iso("updated_at", created);
        w.WriteNumber("undeliverable_count", 0);
        w.WriteString("deliverable_state", "deliverable");
        w.WriteString("verification_method", verified ? "full" : "none");
        w.IsoOrNull("verified_at", verified ? created : null);
        w.WriteEndObject();
    }
}
