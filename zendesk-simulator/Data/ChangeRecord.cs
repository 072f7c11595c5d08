namespace Zendesk.Simulator.Data;

/// <summary>One change made through the mutation API: which stream's record, and what happened to it.</summary>
internal sealed record ChangeRecord(long Sequence, string Stream, long Id, string Kind, DateTimeOffset At);
