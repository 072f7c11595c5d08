namespace Zendesk.Singer.PipelineBench;

/// <summary>What one program's run alone measured.</summary>
internal sealed record SoloFigures(TimeSpan Wall, long Records, ProcessUsage Usage, int ExitCode, string Log);
