namespace Zendesk.Simulator.Data;

/// <summary>
/// A user as a create-or-update request sends it. Null members were not sent; external_id and phone
/// can be sent as null to clear them, hence <see cref="ExternalIdSent"/> and <see cref="PhoneSent"/>.
/// </summary>
internal sealed record UserInput
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public bool ExternalIdSent { get; init; }

    public string? ExternalId { get; init; }

    public string? Role { get; init; }

    public long? OrganizationId { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public string? Notes { get; init; }

    public string? Details { get; init; }

    public bool? Verified { get; init; }

    public bool PhoneSent { get; init; }

    public string? Phone { get; init; }

    /// <summary>A Zendesk or IANA zone name (see <see cref="ZendeskTimeZones"/>).</summary>
    public string? TimeZone { get; init; }

    /// <summary>user_fields values by key; only the keys sent change.</summary>
    public IReadOnlyDictionary<string, object?>? Fields { get; init; }
}
