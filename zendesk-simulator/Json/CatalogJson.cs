using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// Writes a prepared small record, adding the host-dependent urls: the record's own and those of
/// nested API records (field options, brand logos), which are prepared as paths under /api/v2.
/// </summary>
internal static class CatalogJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, CatalogItem item)
    {
        w.WriteStartObject();
        if (item.UrlPath is not null)
        {
            w.WriteString("url", ctx.ApiBase + item.UrlPath);
        }

        WriteProperties(w, ctx, item.Body);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, RenderContext ctx, JsonObject body)
    {
        foreach (var (name, value) in body)
        {
            w.WritePropertyName(name);
            if (name == "url" && value is JsonValue url && url.TryGetValue<string>(out var path) && path.StartsWith('/'))
            {
                w.WriteStringValue(ctx.ApiBase + path);
            }
            else
            {
                WriteNode(w, ctx, value);
            }
        }
    }

    private static void WriteNode(Utf8JsonWriter w, RenderContext ctx, JsonNode? node)
    {
        switch (node)
        {
            case null:
                w.WriteNullValue();
                break;
            case JsonObject nested:
                w.WriteStartObject();
                WriteProperties(w, ctx, nested);
                w.WriteEndObject();
                break;
            case JsonArray array:
                w.WriteStartArray();
                foreach (var element in array)
                {
                    WriteNode(w, ctx, element);
                }

                w.WriteEndArray();
                break;
            default:
                node.WriteTo(w);
                break;
        }
    }
}
