namespace Zendesk.Simulator.Data;

/// <summary>A custom field of tickets, users or organizations.</summary>
internal sealed record FieldDefinition(long Id, string Key, string Title, string Type, IReadOnlyList<FieldOption> Options, int Position)
{
    /// <summary>How often a record leaves the field unset (rendered as null).</summary>
    public double NullShare { get; init; } = 0.2;

    /// <summary>
    /// The <c>key</c> a ticket field's definition shows, or null: Zendesk gives most ticket fields none
    /// (user and organization fields always show <see cref="Key"/>).
    /// </summary>
    public string? ApiKey { get; init; }
}
