using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// A stream fed by a time-based export: the export's own stream, or one derived from its records
/// (comments from ticket events). Each keeps its own position, so a stream selected later catches up
/// while the others drop what they already have.
/// </summary>
/// <param name="emit">Writes what this stream takes from one export record.</param>
internal sealed class TimeExportMember(StreamOutput output, Action<JsonElement, Page> emit)
{
    public StreamOutput Output { get; } = output;

    public TimePosition Position { get; set; } = TimePosition.At(0);

    public void Emit(JsonElement record, Page page) => emit(record, page);

    public static TimeExportMember Direct(StreamOutput output) => new(output, (record, page) => output.Write(new ElementRecord(record), page.FetchedAt));
}
