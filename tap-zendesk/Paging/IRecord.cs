using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One record of a page, whichever way its response was read (scanned, or parsed into a document).
/// Implemented by structs and used through generic parameters, so reading a record costs no allocation;
/// <see cref="RecordValues"/> reads its fields and <see cref="Sync.RecordWriter"/> writes it.
/// </summary>
internal interface IRecord
{
    /// <summary>The record as Zendesk sent it.</summary>
    ReadOnlySpan<byte> Json { get; }

    bool IsObject { get; }

    /// <summary>
    /// The top-level properties of an object record. A record that must find them may rent an array
    /// for them into <paramref name="rented"/>, which the caller returns to the shared pool.
    /// </summary>
    RecordLayout Layout(ref RawProperty[]? rented);

    /// <summary>Puts <paramref name="value"/> on the value of a top-level property; false when there is none.</summary>
    bool TryRead(RecordField field, out Utf8JsonReader value);

    /// <summary>
    /// The record as an element, for readers that walk inside it (a comment's attachments). A scanned
    /// record is parsed for it, so what reads export parents keeps to the other members.
    /// </summary>
    JsonElement AsElement();
}
