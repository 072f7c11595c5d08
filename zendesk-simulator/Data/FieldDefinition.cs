namespace Zendesk.Simulator.Data;

/// <summary>A custom field of tickets, users or organizations.</summary>
internal sealed record FieldDefinition(long Id, string Key, string Title, string Type, IReadOnlyList<FieldOption> Options, int Position)
{
    /// <summary>How often a record leaves the field unset (rendered as null).</summary>
    public double NullShare { get; init; } = 0.2;
}
