using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// One response of a paged endpoint with what its paginator read from it. The records live in the
/// response, which is disposed when the consumer moves to the next page.
/// </summary>
internal sealed class Page(IPageResponse response, DateTimeOffset fetchedAt) : IDisposable
{
    public int Count => response.Count;

    /// <summary>The top-level object, for side-loaded arrays.</summary>
    public JsonElement Root => response.Root;

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

    /// <summary>Hands each record to <paramref name="visitor"/>, in order, as the response holds it.</summary>
    public void Visit<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IRecordVisitor => response.Visit(ref visitor);

    public void Dispose() => response.Dispose();
}
