using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Properties <see cref="RecordWriter"/> appends to a record after its own. Implemented by structs and
/// used through generic parameters, so a record that gets none (<see cref="NoColumns"/>) pays nothing.
/// </summary>
internal interface IAddedColumns
{
    /// <summary>The most bytes <see cref="AppendTo"/> writes.</summary>
    int AppendedLength { get; }

    /// <summary>Whether the record's own property gives way to an added one of the same name.</summary>
    bool Replaces(RecordLayout layout, RawProperty property);

    /// <summary>Appends the properties as raw JSON after <paramref name="length"/> bytes of an object being copied; returns the new length.</summary>
    int AppendTo(byte[] scratch, int length);

    void WriteTo(Utf8JsonWriter writer);
}
