namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// A stream read alongside a cursor export, with the time its records must be newer than:
/// the export's watermark when the previous pass over the export ended, kept unchanged until this
/// pass ends (a ticket late in the export can carry an audit older than the tickets before it).
/// </summary>
internal sealed class ChildOutput(StreamOutput output)
{
    public StreamOutput Output { get; } = output;

    public DateTimeOffset Since { get; set; }

    /// <summary>end_date: records changed after it are left for a later run.</summary>
    public DateTimeOffset? Until { get; set; }

    public bool Accepts(DateTimeOffset? time) => Output.FullTable || time is null || (time > Since && !(time > Until));
}
