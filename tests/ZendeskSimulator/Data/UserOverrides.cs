namespace Zendesk.Simulator.Data;

/// <summary>User texts replaced by mutations; null means "as generated".</summary>
internal sealed class UserOverrides
{
    public string? Name { get; set; }

    public string? Notes { get; set; }

    public IReadOnlyList<string>? Tags { get; set; }

    public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);
}
