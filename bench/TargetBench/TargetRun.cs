namespace Zendesk.Singer.Bench.Target;

/// <summary>One run of the target as the bench watched it.</summary>
/// <param name="PeakBytes">The kernel's high-water mark of its resident set.</param>
/// <param name="Processor">Its processor time, user and system, as last seen before it exited.</param>
/// <param name="CommitProcessor">The part of <paramref name="Processor"/> its commit thread used: the engine's appends and commits, where every other thread reads and converts records.</param>
internal sealed record TargetRun(TimeSpan Elapsed, long PeakBytes, TimeSpan Processor, TimeSpan CommitProcessor);
