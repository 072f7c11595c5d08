using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>Endpoints that return everything at once (SLA policies, custom roles, schedules).</summary>
internal sealed class SinglePagePaginator(string pathAndQuery, string recordsKey) : IPaginator
{
    public PageRequest First() => new(pathAndQuery);

    public Page Read(PageRequest request, JsonDocument document, DateTimeOffset fetchedAt) =>
        new(document, PageFields.Array(document.RootElement, recordsKey), fetchedAt);
}
