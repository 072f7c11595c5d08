namespace Zendesk.Simulator.Data;

/// <summary>Organization texts replaced by mutations; null means "as generated".</summary>
internal sealed class OrganizationOverrides
{
    public string? Name { get; set; }

    public string? Notes { get; set; }

    public string? Details { get; set; }

    public IReadOnlyList<string>? Tags { get; set; }

    public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);
}
