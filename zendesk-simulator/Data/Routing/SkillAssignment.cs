namespace Zendesk.Simulator.Data.Routing;

/// <summary>
/// One skill given to one agent or ticket: a routing instance value. It is associated once and, when
/// the skill is taken away, unassociated once; a skill given again later is a new instance value.
/// </summary>
/// <param name="Ordinal">The assignment's place among the account's assignments; it orders events of the same second.</param>
/// <param name="Id">The instance value's UUID.</param>
/// <param name="ValueId">The attribute value (skill) given.</param>
/// <param name="InstanceId">The agent's user id, or the ticket's id.</param>
/// <param name="Ticket">Whether the skill is a ticket's (what the ticket needs) rather than an agent's.</param>
/// <param name="Removed">When the skill was taken away, or null while it is held.</param>
internal sealed record SkillAssignment(long Ordinal, string Id, string ValueId, long InstanceId, bool Ticket, long Associated, long? Removed);
