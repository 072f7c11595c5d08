using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Writes a prepared small record, adding the host-dependent url.</summary>
internal static class CatalogJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, CatalogItem item)
    {
        w.WriteStartObject();
        if (item.UrlPath is not null)
        {
            w.WriteString("url", ctx.ApiBase + item.UrlPath);
        }

        foreach (var (name, value) in item.Body)
        {
            w.WritePropertyName(name);
            if (value is null)
            {
                w.WriteNullValue();
            }
            else
            {
                value.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }
}
