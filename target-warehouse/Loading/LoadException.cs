namespace Zendesk.Singer.Target.Loading;

/// <summary>The engine refused something; the message names the stream and table.</summary>
internal sealed class LoadException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>
    /// When the engine refused one record of a batch: that record's sequence number. Every record
    /// before it can still be committed. Null when the failure is not one record's.
    /// </summary>
    public long? RefusedSequence { get; init; }
}
