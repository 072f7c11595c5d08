using System.Text.Json;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>A record that is an element of a parsed document (lists, time exports, children).</summary>
internal readonly struct ElementRecord(JsonElement element) : IRecord
{
    public JsonElement Element { get; } = element;

    public DateTimeOffset? Time(RecordField field) => Timestamps.Field(Element, field.Name);

    public string? Key(RecordField field) => RecordKeys.Of(Element, field.Name);

    public void WriteTo(Utf8JsonWriter writer, FieldFilter filter, RecordExtra[]? extras) => RecordWriter.Write(writer, Element, filter, extras);
}
