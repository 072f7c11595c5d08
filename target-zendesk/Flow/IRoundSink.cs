namespace Zendesk.Singer.Destination.Flow;

/// <summary>Where a round goes: into Zendesk, or, for a dry run, onto stdout as what would be sent.</summary>
internal interface IRoundSink
{
    Task WriteAsync(Round round, CancellationToken ct);
}
