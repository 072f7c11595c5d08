namespace Zendesk.Simulator.Data;

/// <summary>Organization texts replaced by mutations; null means "as generated".</summary>
internal sealed class OrganizationOverrides
{
    public string? Name { get; set; }

    public string? Notes { get; set; }

    public string? Details { get; set; }

    public IReadOnlyList<string>? Tags { get; set; }

    public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>True once <see cref="ExternalId"/> replaces the generated external id (null then clears it).</summary>
    public bool ExternalIdSet { get; set; }

    public string? ExternalId { get; set; }

    public IReadOnlyList<string>? DomainNames { get; set; }
}
