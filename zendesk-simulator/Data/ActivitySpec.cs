namespace Zendesk.Simulator.Data;

/// <summary>An activity of the account owner's stream: a requester's comment on, or an assignment of, one of its tickets.</summary>
internal readonly record struct ActivitySpec(long Id, long Time, bool Assignment, int Ticket, int Slot, int Actor);
