using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The account's organizations: their store, the export index by updated_at, the keys they are found
/// by, and Zendesk's organization create-or-update: matched on id or external_id only, never on
/// name, so a new organization whose name is taken is refused as a duplicate. Every change stamps
/// the organization with the clock and lands it in the organizations export and lists.
/// </summary>
internal sealed class OrganizationRecords(AccountLock gate, SimulatedClock clock, ChangeLog changes)
{
    public required OrganizationStore Store { get; init; }

    /// <summary>The organization fields a write may set.</summary>
    public required CustomFieldRecords CustomFields { get; init; }

    /// <summary>Organizations by updated_at, for the organizations export.</summary>
    public required TimeIndex Index { get; init; }

    public required OrganizationKeys Keys { get; init; }

    public UpsertOutcome Upsert(OrganizationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using (gate.Write())
        {
            var externalId = input.ExternalIdSent ? PersonInput.Trimmed(input.ExternalId) : null;
            var name = input.Name?.Trim();
            if (input.Name is not null && name!.Length == 0)
            {
                throw PersonInput.NameTooShort();
            }

            var o = -1;
            if (input.Id is { } id)
            {
                o = Store.IndexOf(id);
                if (o < 0)
                {
                    throw new RecordMissingException($"Organization {id} does not exist.");
                }
            }
            else if (externalId is not null)
            {
                o = Keys.ByExternalId(externalId);
            }

            if (name is not null && Keys.ByName(name) is var named && named >= 0 && named != o)
            {
                throw new RecordInvalidException("name", "Name has already been taken", "DuplicateValue");
            }

            var other = externalId is null ? -1 : Keys.ByExternalId(externalId);
            if (other >= 0 && other != o)
            {
                throw new RecordInvalidException("external_id", $"External: {externalId} has already been taken", "DuplicateValue");
            }

            return o < 0 ? Create(input, name, externalId) : Apply(o, input, name, externalId);
        }
    }

    public void Update(long organizationId, PersonChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using (gate.Write())
        {
            var o = Store.IndexOf(organizationId);
            Account.Ensure(o >= 0, $"Organization {organizationId} does not exist.");
            var overrides = Store.OverridesFor(o);
            if (change.Name is { } name)
            {
                Account.Ensure(Keys.ByName(name) is var named && (named < 0 || named == o), $"Organization name '{name}' is taken.");
                Keys.SetName(o, name);
            }

            overrides.Notes = change.Notes ?? overrides.Notes;
            overrides.Details = change.Details ?? overrides.Details;
            overrides.Tags = change.Tags ?? overrides.Tags;
            foreach (var (key, value) in change.Fields ?? new Dictionary<string, object?>())
            {
                Account.Ensure(CustomFields.Organization.Any(f => f.Key == key), $"Organization field '{key}' does not exist.");
                overrides.Fields[key] = value;
            }

            Touch(o, organizationId, "update");
        }
    }

    /// <summary>
    /// Deletes an organization: its memberships go first (each as its removal would: users whose
    /// default it was move to another membership or to none), then it leaves every look-up and list,
    /// while the export shows it once more, stamped with the deletion and carrying deleted_at.
    /// </summary>
    public void Delete(long organizationId, MembershipRecords memberships)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        using (gate.Write())
        {
            var o = Store.IndexOf(organizationId);
            if (o < 0)
            {
                throw new RecordMissingException($"Organization {organizationId} does not exist.");
            }

            memberships.RemoveAllOf(o);
            Store.MarkDeleted(o, clock.NowSeconds);
            Touch(o, organizationId, "delete");
        }
    }

    private UpsertOutcome Create(OrganizationInput input, string? name, string? externalId)
    {
        if (name is null)
        {
            throw PersonInput.NameTooShort();
        }

        var now = clock.NowSeconds;
        var o = Store.Add();
        Store.Created[o] = now;
        Store.Updated[o] = now;
        Store.Group[o] = -1;
        var overrides = Store.OverridesFor(o);
        overrides.Details = input.Details;
        overrides.Notes = input.Notes;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? [];
        overrides.DomainNames = input.DomainNames ?? [];
        PersonInput.SetFields(overrides.Fields, CustomFields.Organization, input.Fields);
        Keys.SetName(o, name);
        Keys.SetExternalId(o, externalId);
        var id = Ids.OrganizationId(o);
        Index.Append(now, (uint)o);
        changes.Add("organizations", id, "create", clock.Now);
        return new UpsertOutcome(id, o, Created: true);
    }

    // The upsert of an existing organization: what was sent replaces what it had.
    private UpsertOutcome Apply(int o, OrganizationInput input, string? name, string? externalId)
    {
        var overrides = Store.OverridesFor(o);
        overrides.Details = input.Details ?? overrides.Details;
        overrides.Notes = input.Notes ?? overrides.Notes;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? overrides.Tags;
        overrides.DomainNames = input.DomainNames ?? overrides.DomainNames;
        PersonInput.SetFields(overrides.Fields, CustomFields.Organization, input.Fields);
        if (name is not null)
        {
            Keys.SetName(o, name);
        }

        if (input.ExternalIdSent)
        {
            Keys.SetExternalId(o, externalId);
        }

        var id = Ids.OrganizationId(o);
        Touch(o, id, "update");
        return new UpsertOutcome(id, o, Created: false);
    }

    private void Touch(int o, long organizationId, string kind)
    {
        var now = clock.NowSeconds;
        Store.Updated[o] = now;
        Index.Append(now, (uint)o);
        changes.Add("organizations", organizationId, kind, clock.Now);
    }
}
