namespace Zendesk.Singer.Target.Loading;

/// <summary>The engine refused something; the message names the stream and table.</summary>
internal sealed class LoadException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>
    /// When the engine refused one record of a batch: that record's sequence number. Every record
    /// before it can still be committed. Null when the failure is not one record's.
    /// </summary>
    public long? RefusedSequence { get; init; }

    /// <summary>Whether the engine ran short of memory or disk: the failure says nothing about any row.</summary>
    public bool OutOfResources { get; init; }
}
