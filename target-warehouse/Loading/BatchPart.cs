using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Target.Loading;

/// <summary>One BATCH message as it was read: its files, checked to exist, and its place in the input.</summary>
/// <param name="Sequence">The message's place among the records: a STATE after it waits for its commit.</param>
/// <param name="ReceivedAt">When it was read, the receive time of its rows.</param>
/// <param name="ReadAt">When it was read, as a timestamp of the session's clock.</param>
internal sealed record BatchPart(BatchMessage Message, IReadOnlyList<BatchFile> Files, bool Gzip, long Sequence, DateTime ReceivedAt, long ReadAt)
{
    /// <summary>The JSON its files hold, in bytes (<see cref="BatchFiles.JsonBytes"/>): what the load takes in.</summary>
    public long JsonBytes { get; } = Files.Sum(f => BatchFiles.JsonBytes(f.Path, Gzip));
}
