namespace Zendesk.Singer.PipelineBench;

/// <summary>What one pipeline run measured.</summary>
internal sealed record PipeFigures(
    TimeSpan Wall,
    long TapRecords,
    long LoadedRecords,
    ProcessUsage Tap,
    ProcessUsage Target,
    int TapExitCode,
    int TargetExitCode,
    string ProgramLog,
    string TargetLog);
