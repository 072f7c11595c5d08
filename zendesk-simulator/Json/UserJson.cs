using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// Users with their <c>user_fields</c> map, and their identities. The
/// user export writes these in bulk, so texts come from pre-encoded tables as for tickets.
/// </summary>
internal static class UserJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, int u)
    {
        var account = ctx.Account;
        var store = account.Users.Store;
        var seed = account.Shape.Seed;
        var id = Ids.UserId(u);
        var role = store.Role[u];
        var staff = role != UserStore.RoleEndUser;
        var flags = store.Flags[u];
        var live = store.IsCreatedLive(u);
        store.Overrides.TryGetValue(u, out var overrides);

        // The draws below keep their order: each value depends on the ones drawn before it.
        var prng = new Prng(seed, Salts.User, ((long)u * 8) + 3);
        var zone = prng.Below(Words.TimeZones.Length);
        var locale = prng.Below(Words.Locales.Length);

        w.WriteStartObject();
        w.WriteNumber(Names.Id, id);
        TicketJson.Url(w, Names.Url, ctx.UserUrl, id);
        PersonJson.Name(w, Names.Name, account, u);
        PersonJson.Email(w, Names.Email, account, u);
        w.Iso(Names.CreatedAt, store.Created[u]);
        w.Iso(Names.UpdatedAt, store.Updated[u]);
        if (overrides?.TimeZone is { } written)
        {
            w.WriteString(Names.TimeZone, written.Name);
            w.WriteString(Names.IanaTimeZone, written.Iana);
        }
        else
        {
            w.WriteString(Names.TimeZone, EncodedWords.TimeZones[zone]);
            w.WriteString(Names.IanaTimeZone, EncodedWords.IanaTimeZones[zone]);
        }

        if (overrides is { PhoneSet: true })
        {
            w.StringOrNull(Names.Phone, overrides.Phone);
        }
        else if ((flags & UserStore.FlagPhone) != 0)
        {
            Phone(w, Names.Phone, seed, u);
        }
        else
        {
            w.WriteNull(Names.Phone);
        }

        w.WriteBoolean(Names.SharedPhoneNumber, false);
        w.WriteNull(Names.Photo);
        w.WriteNumber(Names.LocaleId, Words.LocaleIds[locale]);
        w.WriteString(Names.Locale, EncodedWords.Locales[locale]);
        var organization = store.Organization[u];
        if (organization >= 0)
        {
            w.WriteNumber(Names.OrganizationId, Ids.OrganizationId(organization));
        }
        else
        {
            w.WriteNull(Names.OrganizationId);
        }

        w.WriteString(Names.Role, EncodedWords.Roles[role]);
        w.WriteBoolean(Names.Verified, (flags & UserStore.FlagVerified) != 0);
        var generatedExternalId = prng.Chance(GeneratedKeys.UserExternalIdShare);
        if (overrides is { ExternalIdSet: true })
        {
            w.StringOrNull(Names.ExternalId, overrides.ExternalId);
        }
        else if (generatedExternalId && !live)
        {
            var text = new Utf8Buffer(stackalloc byte[32]);
            text.Append("crm-"u8);
            text.AppendNumber(id % GeneratedKeys.UserExternalIdModulus);
            w.WriteString(Names.ExternalId, text.Written);
        }
        else
        {
            w.WriteNull(Names.ExternalId);
        }

        w.WriteStartArray(Names.Tags);
        if (overrides?.Tags is { } tags)
        {
            foreach (var tag in tags)
            {
                w.WriteStringValue(tag);
            }
        }
        else if (!live)
        {
            w.WriteStringValue(staff ? EncodedWords.Staff : EncodedWords.Tags[TagTable.WordRanks[prng.Below(Words.Tags.Length)]]);
        }

        w.WriteEndArray();
        w.WriteString(Names.Alias, string.Empty);
        w.WriteBoolean(Names.Active, store.IsActive(u));
        w.WriteBoolean(Names.Shared, false);
        w.WriteBoolean(Names.SharedAgent, false);
        w.Iso(Names.LastLoginAt, store.Created[u] + ((store.Updated[u] - store.Created[u]) / 2));
        w.WriteBoolean(Names.TwoFactorAuthEnabled, staff && prng.Chance(0.5));
        w.WriteString(Names.Signature, staff ? account.Users.Name(u) + "\nSimulator Support" : string.Empty);
        w.WriteString(Names.Details, overrides?.Details ?? string.Empty);
        w.WriteString(Names.Notes, overrides?.Notes ?? string.Empty);
        var customAgent = role == UserStore.RoleAgent && u % 7 == 3;
        w.NumberOrNull(Names.RoleType, role == UserStore.RoleAdmin ? 4 : customAgent ? 0 : null);
        w.NumberOrNull(Names.CustomRoleId, customAgent ? Fields.CatalogId(CatalogKind.CustomRole, 1) : null);
        w.WriteBoolean(Names.Moderator, role == UserStore.RoleAdmin);
        if (staff)
        {
            w.WriteNull(Names.TicketRestriction);
        }
        else
        {
            w.WriteString(Names.TicketRestriction, "requested"u8);
        }

        w.WriteBoolean(Names.OnlyPrivateComments, false);
        w.WriteBoolean(Names.RestrictedAgent, false);
        w.WriteBoolean(Names.Suspended, (flags & UserStore.FlagSuspended) != 0);
        w.NumberOrNull(Names.DefaultGroupId, staff && store.DefaultGroup[u] >= 0 ? Ids.GroupId(store.DefaultGroup[u]) : null);
        w.WriteBoolean(Names.ReportCsv, role == UserStore.RoleAdmin);
        w.WriteStartObject(Names.UserFields);
        // Fields created through the API come after the generated ones and hold nothing until written.
        var fields = account.CustomFields.User;
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            w.WritePropertyName(field.Key);
            if (overrides is not null && overrides.Fields.TryGetValue(field.Key, out var changed))
            {
                w.Value(changed);
            }
            else if (live || f >= Fields.User.Count)
            {
                w.WriteNullValue();
            }
            else
            {
                var fieldPrng = new Prng(seed, Salts.User, ((long)u * 8) + 4 + (f * 1_000_003L));
                FieldJson.Write(w, field, Fields.Generate(ref fieldPrng, field, store.Created[u]));
            }
        }

        w.WriteEndObject();
        w.WriteBoolean(Names.ChatOnly, false);
        w.WriteEndObject();
    }

    /// <summary>
    /// The user's n-th identity: 0 the primary email, 1 the phone number (when the user has one), then
    /// the emails updates added. A user created without an email starts with those.
    /// </summary>
    public static void WriteIdentity(Utf8JsonWriter w, RenderContext ctx, int u, int n)
    {
        var account = ctx.Account;
        var store = account.Users.Store;
        var own = OwnIdentityCount(account, u);
        if (n >= own)
        {
            WriteSecondaryEmail(w, ctx, u, store.Overrides[u].SecondaryEmails[n - own]);
            return;
        }

        var userId = Ids.UserId(u);
        var id = IdentityId(account, u, n);
        var email = n == 0;
        var verified = !email || (store.Flags[u] & UserStore.FlagVerified) != 0;
        var created = store.Created[u] + (email || store.IsCreatedLive(u) ? 0 : 600);
        w.WriteStartObject();
        var url = new Utf8Buffer(stackalloc byte[ctx.UserUrl.Length + 64]);
        url.Append(ctx.UserUrl);
        url.AppendNumber(userId);
        url.Append("/identities/"u8);
        url.AppendNumber(id);
        url.Append(".json"u8);
        w.WriteString(Names.Url, url.Written);
        w.WriteNumber(Names.Id, id);
        w.WriteNumber(Names.UserId, userId);
        if (email)
        {
            w.WriteString(Names.Type, "email"u8);
            PersonJson.Email(w, Names.Value, account, u);
        }
        else
        {
            w.WriteString(Names.Type, "phone_number"u8);

            // A phone written since replaces the generated number; identities are not added or removed by it.
            if (store.Overrides.TryGetValue(u, out var overrides) && overrides is { PhoneSet: true, Phone: { } phone })
            {
                w.WriteString(Names.Value, phone);
            }
            else
            {
                Phone(w, Names.Value, account.Shape.Seed, u);
            }
        }

        w.WriteBoolean(Names.Verified, verified);
        w.WriteBoolean(Names.Primary, email);
        w.Iso(Names.CreatedAt, created);
        w.Iso(Names.UpdatedAt, created);
        w.WriteNumber(Names.UndeliverableCount, 0);
        w.WriteString(Names.DeliverableState, "deliverable"u8);
        w.WriteString(Names.VerificationMethod, verified ? "full"u8 : "none"u8);
        w.IsoOrNull(Names.VerifiedAt, verified ? created : null);
        w.WriteEndObject();
    }

    public static int IdentityCount(Account account, int u) =>
        OwnIdentityCount(account, u) + (account.Users.Store.Overrides.TryGetValue(u, out var o) ? o.SecondaryEmails.Count : 0);

    /// <summary>The id of the user's n-th identity; ids grow with n, as list cursors need.</summary>
    public static long IdentityId(Account account, int u, int n)
    {
        var own = OwnIdentityCount(account, u);
        return n < own ? Ids.Identity + (u * 4L) + n : account.Users.Store.Overrides[u].SecondaryEmails[n - own].Id;
    }

    // The primary email and the phone number of a generated user; the email a user was created with.
    private static int OwnIdentityCount(Account account, int u) =>
        account.Users.Store.IsCreatedLive(u) ? (account.Users.Keys.Email(u) is null ? 0 : 1)
        : (account.Users.Store.Flags[u] & UserStore.FlagPhone) != 0 ? 2 : 1;

    private static void WriteSecondaryEmail(Utf8JsonWriter w, RenderContext ctx, int u, SecondaryEmail email)
    {
        var userId = Ids.UserId(u);
        w.WriteStartObject();
        w.WriteString(Names.Url, $"{ctx.ApiBase}/users/{userId}/identities/{email.Id}.json");
        w.WriteNumber(Names.Id, email.Id);
        w.WriteNumber(Names.UserId, userId);
        w.WriteString(Names.Type, "email"u8);
        w.WriteString(Names.Value, email.Value);
        w.WriteBoolean(Names.Verified, false);
        w.WriteBoolean(Names.Primary, false);
        w.Iso(Names.CreatedAt, email.Created);
        w.Iso(Names.UpdatedAt, email.Created);
        w.WriteNumber(Names.UndeliverableCount, 0);
        w.WriteString(Names.DeliverableState, "deliverable"u8);
        w.WriteString(Names.VerificationMethod, "none"u8);
        w.WriteNull(Names.VerifiedAt);
        w.WriteEndObject();
    }

    private static void Phone(Utf8JsonWriter w, JsonEncodedText property, int seed, int u)
    {
        var text = new Utf8Buffer(stackalloc byte[16]);
        text.Append("+1555"u8);
        text.AppendNumber(PersonText.PhoneNumber(seed, u));
        w.WriteString(property, text.Written);
    }
}
