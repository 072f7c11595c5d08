using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>One Zendesk paging style: reads an answer and says where the next page is.</summary>
internal interface IPaginator
{
    /// <summary>Reads the answer to <paramref name="request"/>; the page takes ownership of the document.</summary>
    Page Read(PageRequest request, JsonDocument document, DateTimeOffset fetchedAt);
}
