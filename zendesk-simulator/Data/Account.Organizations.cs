namespace Zendesk.Simulator.Data;

/// <summary>
/// Zendesk's organization create-or-update: matched on id or external_id only, never
/// on name, so a new organization whose name is taken is refused as a duplicate.
/// </summary>
internal sealed partial class Account
{
    public UpsertOutcome UpsertOrganization(OrganizationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using (Write())
        {
            var externalId = input.ExternalIdSent ? Trimmed(input.ExternalId) : null;
            var name = input.Name?.Trim();
            if (input.Name is not null && name!.Length == 0)
            {
                throw PersonInput.NameTooShort();
            }

            var o = -1;
            if (input.Id is { } id)
            {
                o = OrganizationIndexOf(id);
                if (o < 0)
                {
                    throw new RecordMissingException($"Organization {id} does not exist.");
                }
            }
            else if (externalId is not null)
            {
                o = OrganizationByExternalId(externalId);
            }

            if (name is not null && OrganizationByName(name) is var named && named >= 0 && named != o)
            {
                throw new RecordInvalidException("name", "Name has already been taken", "DuplicateValue");
            }

            var other = externalId is null ? -1 : OrganizationByExternalId(externalId);
            if (other >= 0 && other != o)
            {
                throw new RecordInvalidException("external_id", $"External: {externalId} has already been taken", "DuplicateValue");
            }

            return o < 0 ? CreateOrganization(input, name, externalId) : UpdateOrganization(o, input, name, externalId);
        }
    }

    private UpsertOutcome CreateOrganization(OrganizationInput input, string? name, string? externalId)
    {
        if (name is null)
        {
            throw PersonInput.NameTooShort();
        }

        var now = Clock.NowSeconds;
        var o = Organizations.Add();
        Organizations.Created[o] = now;
        Organizations.Updated[o] = now;
        Organizations.Group[o] = -1;
        var overrides = Organizations.OverridesFor(o);
        overrides.Details = input.Details;
        overrides.Notes = input.Notes;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? [];
        overrides.DomainNames = input.DomainNames ?? [];
        SetFields(overrides.Fields, Fields.Organization, input.Fields);
        SetOrganizationName(o, name);
        SetOrganizationExternalId(o, externalId);
        var id = Ids.OrganizationId(o);
        OrganizationIndex.Append(now, (uint)o);
        ChangeLog.Add("organizations", id, "create", Clock.Now);
        return new UpsertOutcome(id, o, Created: true);
    }

    private UpsertOutcome UpdateOrganization(int o, OrganizationInput input, string? name, string? externalId)
    {
        var overrides = Organizations.OverridesFor(o);
        overrides.Details = input.Details ?? overrides.Details;
        overrides.Notes = input.Notes ?? overrides.Notes;
        overrides.Tags = PersonInput.Tags(input.Tags) ?? overrides.Tags;
        overrides.DomainNames = input.DomainNames ?? overrides.DomainNames;
        SetFields(overrides.Fields, Fields.Organization, input.Fields);
        if (name is not null)
        {
            SetOrganizationName(o, name);
        }

        if (input.ExternalIdSent)
        {
            SetOrganizationExternalId(o, externalId);
        }

        var id = Ids.OrganizationId(o);
        TouchOrganization(o, id, "update");
        return new UpsertOutcome(id, o, Created: false);
    }

    private void TouchOrganization(int o, long organizationId, string kind)
    {
        var now = Clock.NowSeconds;
        Organizations.Updated[o] = now;
        OrganizationIndex.Append(now, (uint)o);
        ChangeLog.Add("organizations", organizationId, kind, Clock.Now);
    }
}
