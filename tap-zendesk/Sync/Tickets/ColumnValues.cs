using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Tickets;

/// <summary>One ticket's custom field column values, located in its raw <c>custom_fields</c>.</summary>
internal readonly ref struct ColumnValues(CustomFieldColumns columns, ReadOnlySpan<byte> customFields, ReadOnlySpan<int> found) : IAddedColumns
{
    private readonly ReadOnlySpan<byte> _customFields = customFields;
    private readonly ReadOnlySpan<int> _found = found;

    public int AppendedLength => columns.AppendedLength(_found);

    public bool Replaces(RecordLayout layout, RawProperty property) =>
        property.NameEscaped ? columns.Has(Encoding.UTF8.GetBytes(layout.DecodedName(property))) : columns.Has(layout.RawName(property));

    public int AppendTo(byte[] scratch, int length) => columns.AppendTo(scratch, length, first: length <= 1, _customFields, _found);

    public void WriteTo(Utf8JsonWriter writer) => columns.WriteTo(writer, _customFields, _found);
}
