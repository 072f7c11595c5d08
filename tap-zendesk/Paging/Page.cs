using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One answer of a paged endpoint with what its paginator read from it. The records live in
/// <see cref="Document"/>, which is disposed when the consumer moves to the next page.
/// </summary>
internal sealed class Page(JsonDocument document, JsonElement records, DateTimeOffset fetchedAt) : IDisposable
{
    public JsonDocument Document { get; } = document;

    public JsonElement Root => Document.RootElement;

    /// <summary>The records array (an empty array when the page has none).</summary>
    public JsonElement Records { get; } = records;

    public int Count => Records.ValueKind == JsonValueKind.Array ? Records.GetArrayLength() : 0;

    public DateTimeOffset FetchedAt { get; } = fetchedAt;

    /// <summary>The request for the next page, or null when this one is the last.</summary>
    public PageRequest? Next { get; init; }

    /// <summary>Time-based exports: the start time this page was asked for (Unix seconds).</summary>
    public long? StartTime { get; init; }

    /// <summary>Time-based exports: the latest time present in the page (Unix seconds).</summary>
    public long? EndTime { get; init; }

    /// <summary>Cursor exports and list cursor paging: where the next page starts.</summary>
    public string? AfterCursor { get; init; }

    /// <summary>Offset paging stopped at Zendesk's 100-page cap with more pages left.</summary>
    public bool Capped { get; init; }

    public void Dispose() => Document.Dispose();
}
