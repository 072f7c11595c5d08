namespace Zendesk.Singer.Tap.Discovery;

/// <summary>A custom ticket field as <c>/api/v2/ticket_fields</c> describes it: what naming and typing its column needs.</summary>
internal readonly record struct TicketFieldDefinition(long Id, string? Key, string? Title, string? Type);
