namespace Zendesk.Simulator.Data;

/// <summary>
/// One ticket update (an audit) as the simulator keeps it: enough to render the audit, its events,
/// its comment, the incremental ticket event and the metrics. Generated audits are rebuilt from the
/// seed; audits added by mutations point at their <see cref="MutationAudit"/> for the free text.
/// </summary>
internal struct AuditSpec
{
    public long Id;
    public long Time;
    public AuditKind Kind;
    public int Slot;
    public int Serial;
    public int Author;
    public byte StatusBefore;
    public byte StatusAfter;
    public byte PriorityBefore;
    public byte PriorityAfter;
    public int AssigneeBefore;
    public int AssigneeAfter;
    public int GroupBefore;
    public int GroupAfter;
    public byte Channel;

    /// <summary>0: no comment, 1: public comment, 2: private note.</summary>
    public byte Comment;
    public byte Attachments;

    public readonly bool HasComment => Comment != 0;

    public readonly bool PublicComment => Comment == 1;

    public readonly bool IsGenerated => Serial < 0;
}
