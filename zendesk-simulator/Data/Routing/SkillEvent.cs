namespace Zendesk.Simulator.Data.Routing;

/// <summary>An event of the instance values export: an assignment's association or its removal, at the place the export lists it.</summary>
/// <param name="ListedAt">
/// Where the export lists the event: its own time, except that the association of a removed
/// assignment is listed beside the removal (Zendesk groups the two at the removal's time).
/// </param>
internal readonly record struct SkillEvent(SkillAssignment Assignment, bool Removal, long ListedAt)
{
    public long Time => Removal ? Assignment.Removed!.Value : Assignment.Associated;

    public string Type => (Removal ? "unassociate_" : "associate_") + (Assignment.Ticket ? "ticket" : "agent");

    /// <summary>The event's place in the export: by listing time, then assignment, the association before its removal.</summary>
    public SkillCursor Position => new(ListedAt, Assignment.Ordinal, Removal);
}
