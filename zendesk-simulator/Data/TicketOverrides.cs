namespace Zendesk.Simulator.Data;

/// <summary>Ticket texts replaced by mutations; null means "as generated".</summary>
internal sealed class TicketOverrides
{
    public string? Subject { get; set; }

    public IReadOnlyList<string>? Tags { get; set; }

    public Dictionary<long, object?> CustomFields { get; } = [];
}
