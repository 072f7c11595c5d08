namespace Zendesk.Simulator.Data;

/// <summary>An update of a user or an organization; null members stay as they are.</summary>
internal sealed record PersonChange
{
    public string? Name { get; init; }

    public string? Notes { get; init; }

    /// <summary>Organizations only.</summary>
    public string? Details { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>user_fields or organization_fields values by field key.</summary>
    public IReadOnlyDictionary<string, object?>? Fields { get; init; }
}
