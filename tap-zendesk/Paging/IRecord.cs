using System.Text.Json;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One record of a page, whichever way its answer was read (scanned, or parsed into a document).
/// Implemented by structs and used through generic parameters, so reading a record costs no allocation.
/// </summary>
internal interface IRecord
{
    /// <summary>A time field as a point in time, or null when absent or not a time.</summary>
    DateTimeOffset? Time(RecordField field);

    /// <summary>A key as bookmarks keep it (a number's digits or a string's text), or null.</summary>
    string? Key(RecordField field);

    /// <summary>Writes the record as Zendesk sent it, less the excluded properties, plus <paramref name="extras"/>.</summary>
    void WriteTo(Utf8JsonWriter writer, FieldFilter filter, RecordExtra[]? extras);
}
