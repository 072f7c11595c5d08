using System.Text.Json;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>A response body parsed whole into a document (lists, time exports, children): its records are elements of it.</summary>
internal sealed class ParsedResponse : IPageResponse
{
    private readonly JsonDocument _document;
    private readonly JsonElement _records;

    private ParsedResponse(JsonDocument document, string recordsKey)
    {
        _document = document;
        _records = PageFields.Array(document.RootElement, recordsKey);
    }

    public JsonElement Root => _document.RootElement;

    public int Count => _records.GetArrayLength();

    public static async Task<IPageResponse> FetchAsync(ZendeskClient client, string url, string recordsKey, RequestBudget budget, CancellationToken cancellationToken) =>
        new ParsedResponse(await client.GetJsonAsync(url, budget, cancellationToken), recordsKey);

    public static ParsedResponse Parse(string json, string recordsKey) => new(JsonDocument.Parse(json), recordsKey);

    public void Visit<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IRecordVisitor
    {
        foreach (var element in _records.EnumerateArray())
        {
            visitor.Visit(new ElementRecord(element));
        }
    }

    public void Dispose() => _document.Dispose();
}
