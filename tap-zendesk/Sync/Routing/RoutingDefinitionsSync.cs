using System.Buffers;
using System.Text.Json;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.Routing;

/// <summary>
/// The ticket conditions skill-based routing can use: Zendesk answers one object holding two lists,
/// <c>{"definitions": {"conditions_all": [...], "conditions_any": [...]}}</c>, and the same subject is
/// often in both. Each condition becomes a record with the list it came from in <c>condition</c>
/// (<c>all</c> or <c>any</c>), keyed by that and its <c>subject</c>. One request, read whole each run.
/// </summary>
internal sealed class RoutingDefinitionsSync(StreamOutput output, SyncContext context) : IExtractor
{
    public const string Name = "routing_attribute_definitions";

    private static readonly (string List, string Condition)[] Lists = [("conditions_all", "all"), ("conditions_any", "any")];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var definition = output.Definition;
        output.Version = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var document = await context.Client.GetJsonAsync(definition.Path, RequestBudget.Core, cancellationToken);
        output.Stats.AddRequest();
        var fetchedAt = context.Clock.GetUtcNow();
        var definitions = PageFields.Object(document.RootElement, definition.RecordsKey);
        foreach (var (list, condition) in Lists)
        {
            foreach (var item in PageFields.Array(definitions, list).EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                using var record = WithCondition(item, condition);
                output.Write(new ElementRecord(record.RootElement), fetchedAt);
            }
        }

        output.ActivateVersion();
    }

    /// <summary>The condition as Zendesk sent it, preceded by the list it came from.</summary>
    private static JsonDocument WithCondition(JsonElement item, string condition)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("condition", condition);
            foreach (var property in item.EnumerateObject().Where(p => p.Name != "condition"))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
