namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// BATCH messages of one stream that follow one another in the input, loaded as one: the engine reads
/// the files of all of them in one statement (DuckDB reads one file per thread, so one message's
/// single file would keep one core busy) and commits them once. Nothing comes between them, so no
/// STATE can need one of them committed before the next. Rows keep each message's own metadata.
/// </summary>
internal sealed class BatchRun(StreamLoader loader, BatchPart first)
{
    // Enough files to keep every core reading, and a bound on what one transaction takes in: DuckDB
    // holds a load's stage and keys in memory until it commits, and the merge of a run that resends
    // stored keys needs about as much memory as the JSON it reads.
    private const int MaxFiles = 64;
    private const long MaxJsonBytes = 256L << 20;

    private readonly List<BatchPart> _parts = [first];
    private readonly HashSet<string> _paths = new(first.Files.Select(f => f.Path), StringComparer.Ordinal);
    private long _jsonBytes = first.JsonBytes;

    public StreamLoader Loader { get; } = loader;

    public IReadOnlyList<BatchPart> Parts => _parts;

    public long FirstSequence => _parts[0].Sequence;

    /// <summary>Takes in the next message, if it belongs to the same load.</summary>
    /// <returns>False when it is another stream's, reads differently, or would make the load too large.</returns>
    public bool TryAdd(StreamLoader loader, BatchPart part)
    {
        if (!ReferenceEquals(loader, Loader)
            || part.Gzip != first.Gzip
            || part.Message.Version != first.Message.Version
            || _paths.Count + part.Files.Count > MaxFiles
            || _jsonBytes + part.JsonBytes > MaxJsonBytes
            || part.Files.Any(f => _paths.Contains(f.Path)))
        {
            return false;
        }

        _parts.Add(part);
        _paths.UnionWith(part.Files.Select(f => f.Path));
        _jsonBytes += part.JsonBytes;
        return true;
    }
}
