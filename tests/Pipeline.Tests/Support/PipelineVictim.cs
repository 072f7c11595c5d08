namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>Which side of the pipe a kill takes down.</summary>
internal enum PipelineVictim
{
    Tap,
    Target,
    Both,
}
