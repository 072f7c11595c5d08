namespace Zendesk.Simulator.Data;

/// <summary>An organization as a create-or-update request sends it; null members were not sent.</summary>
internal sealed record OrganizationInput
{
    public long? Id { get; init; }

    public string? Name { get; init; }

    public bool ExternalIdSent { get; init; }

    public string? ExternalId { get; init; }

    public string? Details { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<string>? DomainNames { get; init; }

    /// <summary>organization_fields values by key; only the keys sent change.</summary>
    public IReadOnlyDictionary<string, object?>? Fields { get; init; }
}
