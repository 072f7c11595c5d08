using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>No added property: what every record but a ticket with custom field columns gets.</summary>
internal readonly struct NoColumns : IAddedColumns
{
    public int AppendedLength => 0;

    public bool Replaces(RecordLayout layout, RawProperty property) => false;

    public int AppendTo(byte[] scratch, int length) => length;

    public void WriteTo(Utf8JsonWriter writer)
    {
    }
}
