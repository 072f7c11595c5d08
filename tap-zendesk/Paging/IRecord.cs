using System.Text.Json;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One record of a page, whichever way its response was read (scanned, or parsed into a document).
/// Implemented by structs and used through generic parameters, so reading a record costs no allocation;
/// <see cref="RecordValues"/> reads its fields.
/// </summary>
internal interface IRecord
{
    /// <summary>Puts <paramref name="value"/> on the value of a top-level property; false when there is none.</summary>
    bool TryRead(RecordField field, out Utf8JsonReader value);

    /// <summary>
    /// The record as an element, for readers that walk inside it (a comment's attachments). A scanned
    /// record is parsed for it, so what reads export parents keeps to the other members.
    /// </summary>
    JsonElement AsElement();

    /// <summary>Writes the record as Zendesk sent it, less the excluded properties, plus <paramref name="extras"/>.</summary>
    void WriteTo(Utf8JsonWriter writer, FieldFilter filter, RecordExtra[]? extras);
}
