using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The account's users: their store, the export index by updated_at, the keys they are found by, and
/// Zendesk's user create-or-update: matched on external_id, then on email (both case-insensitively);
/// a new user is appended to the store, an existing one updated in place. Every change stamps the
/// user with the clock and lands it in the users export and lists.
/// </summary>
internal sealed class UserRecords(AccountLock gate, SimulatedClock clock, ChangeLog changes, AccountShape shape, OrganizationStore organizations, MembershipStore memberships)
{
    /// <summary>Identities added by updates take ids this far above the generated ones (four per user there).</summary>
    private const long SecondaryIdentityOffset = 500_000_000_000;

    private long _secondaryIdentities;

    public required UserStore Store { get; init; }

    /// <summary>Users by updated_at, for the users export.</summary>
    public required TimeIndex Index { get; init; }

    public required UserKeys Keys { get; init; }

    /// <summary>The user fields a write may set.</summary>
    public required CustomFieldRecords CustomFields { get; init; }

    internal string Name(int user) =>
        Store.Overrides.TryGetValue(user, out var o) && o.Name is { } name ? name : PersonText.FullName(shape.Seed, user);

    internal string FirstName(int user)
    {
        if (user < 0)
        {
            return "Zendesk";
        }

        return Store.Overrides.TryGetValue(user, out var o) && o.Name is { } name
            ? name.Split(' ')[0]
            : Words.FirstNames[PersonText.NameIndex(shape.Seed, user).First];
    }

    public UpsertOutcome Upsert(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using (gate.Write())
        {
            return UpsertLocked(input);
        }
    }

    /// <summary>The id of the user an upsert of <paramref name="input"/> would update, or null when it would create one.</summary>
    public long? IdToUpdate(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using (gate.Read())
        {
            var email = PersonInput.Trimmed(input.Email);
            if (email is not null && Keys.Holders(email).Count > 1)
            {
                return null;
            }

            var u = Match(email, input.ExternalIdSent ? PersonInput.Trimmed(input.ExternalId) : null);
            return u < 0 ? null : Ids.UserId(u);
        }
    }

    public void Update(long userId, PersonChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using (gate.Write())
        {
            var u = Store.IndexOf(userId);
            Account.Ensure(u >= 0, $"User {userId} does not exist.");
            var overrides = Store.OverridesFor(u);
            overrides.Name = change.Name ?? overrides.Name;
            overrides.Notes = change.Notes ?? overrides.Notes;
            overrides.Tags = change.Tags ?? overrides.Tags;
            foreach (var (key, value) in change.Fields ?? new Dictionary<string, object?>())
            {
                Account.Ensure(CustomFields.User.Any(f => f.Key == key), $"User field '{key}' does not exist.");
                overrides.Fields[key] = value;
            }

            Touch(u, userId, "update");
        }
    }

    /// <summary>
    /// Adds an email identity to a user, also one another user already holds: the admin API's way to
    /// make the duplicate Zendesk's own API refuses (see <see cref="UserKeys"/>). Returns the identity.
    /// </summary>
    public SecondaryEmail AddEmailIdentity(long userId, string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        using (gate.Write())
        {
            var u = Store.IndexOf(userId);
            Account.Ensure(u >= 0, $"User {userId} does not exist.");
            Account.Ensure(PersonInput.IsEmail(email), $"'{email}' is not an email address.");
            Account.Ensure(!Keys.Holds(u, email), $"User {userId} already has the email {email}.");
            var holder = Keys.ByEmail(email);
            var identity = AddSecondaryEmail(u, email, clock.NowSeconds, shared: holder >= 0);
            Touch(u, userId, "update");
            return identity;
        }
    }

    /// <summary>Deactivates (deletes) a user: exports then show it with active false.</summary>
    public void Deactivate(long userId)
    {
        using (gate.Write())
        {
            var u = Store.IndexOf(userId);
            Account.Ensure(u > 0, $"User {userId} does not exist or is the account owner.");
            Store.Flags[u] = (byte)(Store.Flags[u] & ~UserStore.FlagActive);
            Touch(u, userId, "deactivate");
        }
    }

    /// <summary>
    /// The id of the user the email or external id finds, else of a new end-user named
    /// <paramref name="name"/>, which may have neither (it is found by its Sunshine profile). Callers hold the write lock.
    /// </summary>
    internal long FindOrCreate(string? email, string? externalId, string name)
    {
        var u = Match(email, externalId);
        return u >= 0
            ? Ids.UserId(u)
            : Create(new UserInput { Name = name, Email = email, ExternalIdSent = true, ExternalId = externalId }, email, externalId, role: null, organization: -1, anonymous: true).Id;
    }

    /// <summary>Adds a membership of the user in organization <paramref name="o"/>, the user's default if it had none; returns its position. Callers hold the write lock.</summary>
    internal int JoinOrganization(int u, int o, long now)
    {
        var position = memberships.Add(u, o, now);
        if (Store.Organization[u] < 0)
        {
            SetDefaultOrganization(u, o);
        }

        changes.Add("organization_memberships", memberships.IdAt(position), "create", clock.Now);
        return position;
    }

    internal void SetDefaultOrganization(int u, int o)
    {
        memberships.KeepGeneratedOrganization(u, Store);
        Store.Organization[u] = o;
    }

    internal void Touch(int u, long userId, string kind)
    {
        var now = clock.NowSeconds;
        Store.Updated[u] = now;
        Index.Append(now, (uint)u);
        changes.Add("users", userId, kind, clock.Now);
    }

    private UpsertOutcome UpsertLocked(UserInput input)
    {
        var email = PersonInput.Trimmed(input.Email);
        var externalId = input.ExternalIdSent ? PersonInput.Trimmed(input.ExternalId) : null;
        if (email is not null && !PersonInput.IsEmail(email))
        {
            throw new RecordInvalidException("email", $"Email: {email} is invalid", "InvalidValue");
        }

        if (input.Name is { } name && string.IsNullOrWhiteSpace(name))
        {
            throw PersonInput.NameTooShort();
        }

        // An email several users hold identifies none of them: the write is refused as Zendesk refuses
        // an email that another user holds, whatever the external id finds.
        if (email is not null && Keys.Holders(email).Count > 1)
        {
            throw EmailTaken(email);
        }

        var role = input.Role is null ? (byte?)null : PersonInput.RoleCode(input.Role);
        var zone = PersonInput.Trimmed(input.TimeZone) is { } zoneName ? ZendeskTimeZones.Find(zoneName) ?? throw ZendeskTimeZones.Unknown(zoneName) : ((string, string)?)null;
        var organization = -1;
        if (input.OrganizationId is { } organizationId)
        {
            organization = organizations.IndexOf(organizationId);
            if (organization < 0)
            {
                throw new RecordInvalidException("organization_id", $"Organization: {organizationId} does not exist", "InvalidValue");
            }
        }

        var u = Match(email, externalId);
        return u < 0
            ? Create(input, email, externalId, role, organization, zone)
            : Apply(u, input, email, externalId, role, organization, zone);
    }

    // The external id wins over the email, as Zendesk matches it first.
    private int Match(string? email, string? externalId)
    {
        var u = externalId is null ? -1 : Keys.ByExternalId(externalId);
        return u < 0 && email is not null ? Keys.ByEmail(email) : u;
    }

    private UpsertOutcome Create(UserInput input, string? email, string? externalId, byte? role, int organization, (string, string)? zone = null, bool anonymous = false)
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

        var now = clock.NowSeconds;
        var u = Store.Add();
        var code = role ?? UserStore.RoleEndUser;
        Store.Created[u] = now;
        Store.Updated[u] = now;
        Store.Role[u] = code;
        Store.Organization[u] = -1;
        Store.DefaultGroup[u] = code == UserStore.RoleEndUser ? -1 : 0;
        Store.Flags[u] = (byte)(UserStore.FlagActive | (input.Verified == true ? UserStore.FlagVerified : 0));
        var overrides = Store.OverridesFor(u);
        overrides.Name = input.Name.Trim();
        overrides.Email = email;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? [];
        overrides.Notes = input.Notes;
        overrides.Details = input.Details;
        overrides.PhoneSet = true;
        overrides.Phone = PersonInput.Trimmed(input.Phone);
        overrides.TimeZone = zone;
        PersonInput.SetFields(overrides.Fields, CustomFields.User, input.Fields);
        if (email is not null)
        {
            Keys.AddEmail(u, email);
        }

        Keys.SetExternalId(u, externalId);
        if (organization >= 0)
        {
            JoinOrganization(u, organization, now);
        }

        var id = Ids.UserId(u);
        Index.Append(now, (uint)u);
        changes.Add("users", id, "create", clock.Now);
        return new UpsertOutcome(id, u, Created: true);
    }

    // The upsert of an existing user: what was sent replaces what it had, except the primary email.
    private UpsertOutcome Apply(int u, UserInput input, string? email, string? externalId, byte? role, int organization, (string, string)? zone)
    {
        var holder = email is null ? -1 : Keys.ByEmail(email);
        if (holder >= 0 && holder != u)
        {
            throw EmailTaken(email!);
        }

        var other = externalId is null ? -1 : Keys.ByExternalId(externalId);
        if (other >= 0 && other != u)
        {
            throw new RecordInvalidException("external_id", $"External: {externalId} has already been taken", "DuplicateValue");
        }

        var now = clock.NowSeconds;
        var overrides = Store.OverridesFor(u);
        overrides.Name = input.Name?.Trim() ?? overrides.Name;
        overrides.Notes = input.Notes ?? overrides.Notes;
        overrides.Details = input.Details ?? overrides.Details;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? overrides.Tags;
        overrides.TimeZone = zone ?? overrides.TimeZone;
        PersonInput.SetFields(overrides.Fields, CustomFields.User, input.Fields);
        if (input.PhoneSent)
        {
            overrides.PhoneSet = true;
            overrides.Phone = PersonInput.Trimmed(input.Phone);
        }

        // The primary email is writable on create only: a new one becomes a secondary identity.
        if (email is not null && holder < 0)
        {
            AddSecondaryEmail(u, email, now, shared: false);
        }

        // Sending the external id rewrites it, so a case-insensitive match takes the casing sent.
        if (input.ExternalIdSent)
        {
            Keys.SetExternalId(u, externalId);
        }

        if (role is { } code && code != Store.Role[u])
        {
            Store.Role[u] = code;
            Store.DefaultGroup[u] = code == UserStore.RoleEndUser ? -1 : Math.Max(0, Store.DefaultGroup[u]);
        }

        if (input.Verified == true)
        {
            Store.Flags[u] |= UserStore.FlagVerified;
        }

        if (organization >= 0 && memberships.Find(u, organization, Store) < 0)
        {
            JoinOrganization(u, organization, now);
        }

        var id = Ids.UserId(u);
        Touch(u, id, "update");
        return new UpsertOutcome(id, u, Created: false);
    }

    private static RecordInvalidException EmailTaken(string email) =>
        new("email", $"Email: {email} is already being used by another user", "DuplicateValue");

    private SecondaryEmail AddSecondaryEmail(int u, string email, long now, bool shared)
    {
        var identity = new SecondaryEmail(Ids.Identity + SecondaryIdentityOffset + _secondaryIdentities++, email, now);
        Store.OverridesFor(u).SecondaryEmails.Add(identity);
        if (shared)
        {
            Keys.ShareEmail(u, email);
        }
        else
        {
            Keys.AddEmail(u, email);
        }

        return identity;
    }
}
