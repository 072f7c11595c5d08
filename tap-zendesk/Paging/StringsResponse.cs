using System.Buffers;
using System.Text.Json;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// A response whose records array holds strings, not objects: each string is made into a record as
/// <see cref="StringRecords"/> says, so what reads the page sees objects as from any other list.
/// </summary>
internal sealed class StringsResponse : IPageResponse
{
    private const string IsDefault = "is_default";
    private readonly JsonDocument _document;
    private readonly JsonDocument _records;

    private StringsResponse(JsonDocument document, string recordsKey, StringRecords strings)
    {
        _document = document;
        var root = document.RootElement;
        var preferred = strings.DefaultKey is { } key ? PageFields.String(root, key) : null;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in PageFields.Array(root, recordsKey).EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String))
            {
                var text = value.GetString()!;
                writer.WriteStartObject();
                writer.WriteString(strings.Property, text);
                if (strings.DefaultKey is not null)
                {
                    writer.WriteBoolean(IsDefault, text == preferred);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        _records = JsonDocument.Parse(buffer.WrittenMemory);
    }

    public JsonElement Root => _document.RootElement;

    public int Count => _records.RootElement.GetArrayLength();

    public static async Task<IPageResponse> FetchAsync(ZendeskClient client, string url, string recordsKey, StringRecords strings, RequestBudget budget, CancellationToken cancellationToken) =>
        new StringsResponse(await client.GetJsonAsync(url, budget, cancellationToken), recordsKey, strings);

    public static StringsResponse Parse(string json, string recordsKey, StringRecords strings) => new(JsonDocument.Parse(json), recordsKey, strings);

    public void Visit<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IRecordVisitor
    {
        foreach (var element in _records.RootElement.EnumerateArray())
        {
            visitor.Visit(new ElementRecord(element));
        }
    }

    public void Dispose()
    {
        _records.Dispose();
        _document.Dispose();
    }
}
