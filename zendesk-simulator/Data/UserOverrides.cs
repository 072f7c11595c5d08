namespace Zendesk.Simulator.Data;

/// <summary>User texts replaced by mutations; null means "as generated".</summary>
internal sealed class UserOverrides
{
    public string? Name { get; set; }

    public string? Notes { get; set; }

    public string? Details { get; set; }

    public IReadOnlyList<string>? Tags { get; set; }

    public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The primary email of a user created through the API (generated users keep theirs: it is writable on create only).</summary>
    public string? Email { get; set; }

    /// <summary>True once <see cref="ExternalId"/> replaces the generated external id (null then clears it).</summary>
    public bool ExternalIdSet { get; set; }

    public string? ExternalId { get; set; }

    /// <summary>True once <see cref="Phone"/> replaces the generated phone (null then clears it).</summary>
    public bool PhoneSet { get; set; }

    public string? Phone { get; set; }

    /// <summary>The zone written for the user (its Zendesk and IANA names); null keeps the generated one.</summary>
    public (string Name, string Iana)? TimeZone { get; set; }

    /// <summary>Emails added by updates: Zendesk keeps them as secondary identities.</summary>
    public List<SecondaryEmail> SecondaryEmails { get; } = [];
}
