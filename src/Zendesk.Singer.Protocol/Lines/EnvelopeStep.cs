namespace Zendesk.Singer.Protocol.Lines;

/// <summary>Where <see cref="RecordEnvelope"/> stopped reading an envelope's properties.</summary>
internal enum EnvelopeStep
{
    /// <summary>The line is not of the ordinary shape: the full parse takes it.</summary>
    Failed,

    /// <summary>On the record object's start.</summary>
    AtRecord,

    /// <summary>At the envelope's end.</summary>
    Ended,
}
