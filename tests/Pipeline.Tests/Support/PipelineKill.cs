namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>Kill <paramref name="Victim"/> (as <c>kill -9</c> does) once the pipe has carried <paramref name="AfterLines"/> lines.</summary>
internal sealed record PipelineKill(long AfterLines, PipelineVictim Victim)
{
    /// <summary>Set once the kill was carried out; a run that ended first was not killed.</summary>
    public bool Done { get; set; }

    public override string ToString() => $"{Victim} after {AfterLines} lines";
}
