namespace Zendesk.Simulator.Data;

/// <summary>
/// Zendesk's user create-or-update: matched on external_id, then on email (both
/// case-insensitively); a new user is appended to the stores, an existing one updated in place.
/// Either way the user is stamped with the clock and lands in the users export and lists.
/// </summary>
internal sealed partial class Account
{
    /// <summary>Identities added by updates take ids this far above the generated ones (four per user there).</summary>
    private const long SecondaryIdentityOffset = 500_000_000_000;

    private long _secondaryIdentities;

    public UpsertOutcome UpsertUser(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using (Write())
        {
            return UpsertUserLocked(input);
        }
    }

    private UpsertOutcome UpsertUserLocked(UserInput input)
    {
        var email = Trimmed(input.Email);
        var externalId = input.ExternalIdSent ? Trimmed(input.ExternalId) : null;
        if (email is not null && !PersonInput.IsEmail(email))
        {
            throw new RecordInvalidException("email", $"Email: {email} is invalid", "InvalidValue");
        }

        if (input.Name is { } name && string.IsNullOrWhiteSpace(name))
        {
            throw PersonInput.NameTooShort();
        }

        var role = input.Role is null ? (byte?)null : PersonInput.RoleCode(input.Role);
        var organization = -1;
        if (input.OrganizationId is { } organizationId)
        {
            organization = OrganizationIndexOf(organizationId);
            if (organization < 0)
            {
                throw new RecordInvalidException("organization_id", $"Organization: {organizationId} does not exist", "InvalidValue");
            }
        }

        var u = MatchUser(email, externalId);
        return u < 0
            ? CreateUser(input, email, externalId, role, organization)
            : UpdateUser(u, input, email, externalId, role, organization);
    }

    /// <summary>The id of the user an upsert of <paramref name="input"/> would update, or null when it would create one.</summary>
    public long? UserToUpdate(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using (Read())
        {
            var u = MatchUser(Trimmed(input.Email), input.ExternalIdSent ? Trimmed(input.ExternalId) : null);
            return u < 0 ? null : Ids.UserId(u);
        }
    }

    // The external id wins over the email, as Zendesk matches it first.
    private int MatchUser(string? email, string? externalId)
    {
        var u = externalId is null ? -1 : UserByExternalId(externalId);
        return u < 0 && email is not null ? UserByEmail(email) : u;
    }

    private UpsertOutcome CreateUser(UserInput input, string? email, string? externalId, byte? role, int organization, bool anonymous = false)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            throw PersonInput.NameTooShort();
        }

        // Without either there is nothing to find the user by later (a Sunshine profile has its own identifiers).
        if (email is null && externalId is null && !anonymous)
        {
            throw new RecordInvalidException("email", "Email: cannot be blank", "BlankValue");
        }

        var now = Clock.NowSeconds;
        var u = Users.Add();
        var code = role ?? UserStore.RoleEndUser;
        Users.Created[u] = now;
        Users.Updated[u] = now;
        Users.Role[u] = code;
        Users.Organization[u] = -1;
        Users.DefaultGroup[u] = code == UserStore.RoleEndUser ? -1 : 0;
        Users.Flags[u] = (byte)(UserStore.FlagActive | (input.Verified == true ? UserStore.FlagVerified : 0));
        var overrides = Users.OverridesFor(u);
        overrides.Name = input.Name.Trim();
        overrides.Email = email;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? [];
        overrides.Notes = input.Notes;
        overrides.Details = input.Details;
        SetFields(overrides.Fields, Fields.User, input.Fields);
        if (email is not null)
        {
            AddUserEmail(u, email);
        }

        SetUserExternalId(u, externalId);
        if (organization >= 0)
        {
            JoinOrganization(u, organization, now);
        }

        var id = Ids.UserId(u);
        UserIndex.Append(now, (uint)u);
        ChangeLog.Add("users", id, "create", Clock.Now);
        return new UpsertOutcome(id, u, Created: true);
    }

    private UpsertOutcome UpdateUser(int u, UserInput input, string? email, string? externalId, byte? role, int organization)
    {
        var holder = email is null ? -1 : UserByEmail(email);
        if (holder >= 0 && holder != u)
        {
            throw new RecordInvalidException("email", $"Email: {email} is already being used by another user", "DuplicateValue");
        }

        var other = externalId is null ? -1 : UserByExternalId(externalId);
        if (other >= 0 && other != u)
        {
            throw new RecordInvalidException("external_id", $"External: {externalId} has already been taken", "DuplicateValue");
        }

        var now = Clock.NowSeconds;
        var overrides = Users.OverridesFor(u);
        overrides.Name = input.Name?.Trim() ?? overrides.Name;
        overrides.Notes = input.Notes ?? overrides.Notes;
        overrides.Details = input.Details ?? overrides.Details;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? overrides.Tags;
        SetFields(overrides.Fields, Fields.User, input.Fields);

        // The primary email is writable on create only: a new one becomes a secondary identity.
        if (email is not null && holder < 0)
        {
            overrides.SecondaryEmails.Add(new SecondaryEmail(Ids.Identity + SecondaryIdentityOffset + _secondaryIdentities++, email, now));
            AddUserEmail(u, email);
        }

        // Sending the external id rewrites it, so a case-insensitive match takes the casing sent.
        if (input.ExternalIdSent)
        {
            SetUserExternalId(u, externalId);
        }

        if (role is { } code && code != Users.Role[u])
        {
            Users.Role[u] = code;
            Users.DefaultGroup[u] = code == UserStore.RoleEndUser ? -1 : Math.Max(0, Users.DefaultGroup[u]);
        }

        if (input.Verified == true)
        {
            Users.Flags[u] |= UserStore.FlagVerified;
        }

        if (organization >= 0 && Memberships.Find(u, organization, Users) < 0)
        {
            JoinOrganization(u, organization, now);
        }

        var id = Ids.UserId(u);
        TouchUser(u, id, "update");
        return new UpsertOutcome(id, u, Created: false);
    }

    /// <summary>Applies the sent keys that name a defined field; Zendesk ignores the others.</summary>
    private static void SetFields(Dictionary<string, object?> into, IReadOnlyList<FieldDefinition> definitions, IReadOnlyDictionary<string, object?>? values)
    {
        foreach (var (key, value) in values ?? new Dictionary<string, object?>())
        {
            if (definitions.Any(f => f.Key == key))
            {
                into[key] = value;
            }
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
