using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.About;

namespace Zendesk.Singer.Protocol.Tests.About;

public sealed class AboutRendererTests
{
    private static readonly AboutInfo Info = new(
        "tap-example",
        "An example.",
        "1.2.3",
        ["catalog", "discover"],
        [
            new SettingInfo("subdomain", "string", "The account's \"name\".", Required: true),
            new SettingInfo("api_token", "string", "The token.", Secret: true),
            new SettingInfo("page_size", "integer", "Rows per page.", Default: JsonValue.Create(100)),
            new SettingInfo("source", "string", "Where | from.", Allowed: ["a", "b"]),
        ]);

    [Fact]
    public void Json_lists_name_version_capabilities_and_settings_as_a_json_schema()
    {
        using var document = JsonDocument.Parse(AboutRenderer.Json(Info));
        var root = document.RootElement;

        root.GetProperty("name").GetString().ShouldBe("tap-example");
        root.GetProperty("version").GetString().ShouldBe("1.2.3");
        root.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()).ShouldBe(["catalog", "discover"]);
        var settings = root.GetProperty("settings");
        settings.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["subdomain"]);
        var properties = settings.GetProperty("properties");
        properties.GetProperty("api_token").GetProperty("secret").GetBoolean().ShouldBeTrue();
        properties.GetProperty("subdomain").TryGetProperty("secret", out _).ShouldBeFalse();
        properties.GetProperty("page_size").GetProperty("default").GetInt32().ShouldBe(100);
        AboutRenderer.Json(Info).ShouldContain("The account's \\\"name\\\".", customMessage: "quotes stay readable");
        properties.GetProperty("source").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Markdown_has_a_row_per_setting_with_pipes_escaped()
    {
        var markdown = AboutRenderer.Markdown(Info);

        markdown.ShouldStartWith("# tap-example 1.2.3");
        markdown.ShouldContain("| `api_token` | string | no | yes |  | The token. |");
        markdown.ShouldContain("| `source` | `a` \\| `b` | no | no |  | Where \\| from. |");
    }
}
