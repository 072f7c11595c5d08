namespace Zendesk.Simulator.Data;

/// <summary>A field set at creation (Create) or changed (Change) by an audit.</summary>
internal readonly record struct AuditEvent(long Id, string Type, string Field, object? Value, object? Previous);
