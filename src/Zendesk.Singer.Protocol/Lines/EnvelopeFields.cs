namespace Zendesk.Singer.Protocol.Lines;

/// <summary>What <see cref="RecordEnvelope"/> has read of a RECORD line's envelope so far.</summary>
internal struct EnvelopeFields()
{
    public string? Stream;
    public bool IsRecord;
    public bool Timed;
    public bool Versioned;
    public DateTimeOffset? Extracted;
    public long? Version;

    /// <summary>Where the record object starts in the line, or -1 before it is found.</summary>
    public int RecordStart = -1;

    public int RecordLength;
}
