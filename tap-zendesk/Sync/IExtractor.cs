namespace Zendesk.Singer.Tap.Sync;

/// <summary>Reads one stream group from Zendesk and emits its records and STATE: a list, a time export or a cursor export.</summary>
internal interface IExtractor
{
    Task RunAsync(CancellationToken cancellationToken);
}
