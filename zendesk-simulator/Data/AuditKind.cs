namespace Zendesk.Simulator.Data;

internal enum AuditKind : byte
{
    Create,
    AgentReply,
    RequesterReply,
    InternalNote,
    Solve,
    Close,
    Update,
    Comment,
    Delete,
}
