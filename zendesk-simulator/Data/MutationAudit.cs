namespace Zendesk.Simulator.Data;

/// <summary>An audit added to a ticket after generation, with the text that cannot be rebuilt from the seed.</summary>
internal sealed class MutationAudit
{
    public required int Ticket { get; init; }

    public required AuditSpec Spec { get; init; }

    public string? CommentBody { get; init; }

    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    public long EventId(int n) => Ids.MutationEvent + ((long)Spec.Serial * Ids.EventsPerAudit) + n;

    public long AttachmentId(int n) => Ids.MutationAttachment + ((long)Spec.Serial * Ids.EventsPerAudit) + n;
}
