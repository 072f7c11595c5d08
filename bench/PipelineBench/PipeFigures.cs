namespace Zendesk.Singer.PipelineBench;

/// <summary>What one pipeline run measured.</summary>
internal sealed record PipeFigures(
    TimeSpan Wall,
    long TapRecords,
    long LoadedRecords,
    long PipeBytes,
    double TapPeakMegabytes,
    double TargetPeakMegabytes,
    int TapExitCode,
    int TargetExitCode,
    string ProgramLog,
    string TargetLog);
