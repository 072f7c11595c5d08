using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One answer of a paged endpoint with what its paginator read from it. The records live in the
/// answer (a document, or a <see cref="ScannedResponse"/>), which is disposed when the consumer moves
/// to the next page.
/// </summary>
internal sealed class Page : IDisposable
{
    private readonly ScannedResponse? _scanned;
    private readonly string? _recordsKey;
    private JsonDocument? _document;
    private JsonElement _records;

    public Page(JsonDocument document, JsonElement records, DateTimeOffset fetchedAt)
    {
        _document = document;
        _records = records;
        FetchedAt = fetchedAt;
    }

    public Page(ScannedResponse scanned, string recordsKey, DateTimeOffset fetchedAt)
    {
        _scanned = scanned;
        _recordsKey = recordsKey;
        FetchedAt = fetchedAt;
    }

    /// <summary>The records array (an empty array when the page has none); a scanned answer is parsed for it on first use.</summary>
    public JsonElement Records
    {
        get
        {
            if (_records.ValueKind == JsonValueKind.Undefined)
            {
                _document = JsonDocument.Parse(_scanned!.Json);
                _records = PageFields.Array(_document.RootElement, _recordsKey!);
            }

            return _records;
        }
    }

    /// <summary>The answer as scanned, for paginators that scan (cursor exports).</summary>
    public ScannedResponse Scanned => _scanned ?? throw new InvalidOperationException("This page was parsed whole, not scanned.");

    public int Count => _scanned?.Count ?? (Records.ValueKind == JsonValueKind.Array ? Records.GetArrayLength() : 0);

    public DateTimeOffset FetchedAt { get; }

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

    public void Dispose()
    {
        // The document reads the scanned answer's buffer, so it goes first.
        _document?.Dispose();
        _scanned?.Dispose();
    }
}
