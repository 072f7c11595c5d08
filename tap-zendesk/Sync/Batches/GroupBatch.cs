using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Batches;

/// <summary>A stream's batch files as its group holds them: announced where the stream's records go, ahead of the group's STATE.</summary>
internal sealed class GroupBatch(StreamOutput output, StreamBatch batch) : IHeldFiles
{
    public bool HasFullFile => batch.HasCompletedFile;

    public void Seal() => output.AnnounceBatches();

    public void Published() => batch.Published();

    public void Discard() => batch.Discard();
}
