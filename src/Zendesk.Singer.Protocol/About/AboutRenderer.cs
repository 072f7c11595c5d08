using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Protocol.About;

/// <summary>Renders <c>--about</c> as the JSON the Meltano SDK prints, or as Markdown for people.</summary>
internal static class AboutRenderer
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text <c>--about --format</c> prints, ending in a newline; null for a format it does not know.</summary>
    public static string? Render(AboutInfo about, string? format) => format switch
    {
        null or "markdown" => WithNewline(Markdown(about)),
        "json" => WithNewline(Json(about)),
        _ => null,
    };

    public static string Json(AboutInfo about)
    {
        var properties = new JsonObject();
        foreach (var setting in about.Settings)
        {
            var property = new JsonObject
            {
                ["type"] = setting.Type,
                ["description"] = setting.Description,
            };
            if (setting.Format is not null)
            {
                property["format"] = setting.Format;
            }

            if (setting.Allowed is not null)
            {
                property["enum"] = new JsonArray([.. setting.Allowed.Select(a => (JsonNode)JsonValue.Create(a))]);
            }

            if (setting.Default is not null)
            {
                property["default"] = setting.Default.DeepClone();
            }

            if (setting.Secret)
            {
                property["secret"] = true;
                property["writeOnly"] = true;
            }

            properties[setting.Name] = property;
        }

        var document = new JsonObject
        {
            ["name"] = about.Name,
            ["description"] = about.Description,
            ["version"] = about.Version,
            ["capabilities"] = new JsonArray([.. about.Capabilities.Select(c => (JsonNode)JsonValue.Create(c))]),
            ["settings"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = properties,
                ["required"] = new JsonArray([.. about.Settings.Where(s => s.Required).Select(s => (JsonNode)JsonValue.Create(s.Name))]),
            },
        };
        return document.ToJsonString(Indented);
    }

    public static string Markdown(AboutInfo about)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {about.Name} {about.Version}\n\n{about.Description}\n\n");
        text.Append("## Capabilities\n\n");
        foreach (var capability in about.Capabilities)
        {
            text.Append(CultureInfo.InvariantCulture, $"- `{capability}`\n");
        }

        text.Append("\n## Settings\n\n| Setting | Type | Required | Secret | Default | Description |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var s in about.Settings)
        {
            var type = s.Allowed is null ? s.Type : string.Join(" \\| ", s.Allowed.Select(a => $"`{a}`"));
            var fallback = s.Default is null ? string.Empty : $"`{s.Default.ToJsonString()}`";
            text.Append(CultureInfo.InvariantCulture, $"| `{s.Name}` | {type} | {(s.Required ? "yes" : "no")} | {(s.Secret ? "yes" : "no")} | {fallback} | {s.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }

    private static string WithNewline(string text) => text.EndsWith('\n') ? text : text + "\n";
}
