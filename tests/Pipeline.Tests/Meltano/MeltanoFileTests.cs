using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;
using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Meltano;

/// <summary>meltano.yml at the top of the repository against what the built programs say with --about.</summary>
public sealed class MeltanoFileTests
{
    public static TheoryData<string, string> Plugins => new()
    {
        { "extractors", "tap" },
        { "loaders", "target" },
        { "loaders", "target-zendesk" },
    };

    [Theory]
    [MemberData(nameof(Plugins))]
    public async Task The_plugin_declares_exactly_the_settings_and_capabilities_the_program_reports(string pluginType, string program)
    {
        var about = await AboutAsync(program);
        var plugin = Plugin(pluginType, (string)about["name"]!);
        var problems = new List<string>();

        Expect(problems, "executable", Text(plugin, "executable"), (string?)about["name"]);
        Expect(problems, "namespace", Text(plugin, "namespace"), ((string)about["name"]!).Replace('-', '_'));
        Expect(problems, "capabilities", Json(plugin, "capabilities")?.ToJsonString(), about["capabilities"]!.ToJsonString());

        var properties = about["settings"]!["properties"]!.AsObject();
        var settings = ((YamlSequenceNode)YamlJson.Child(plugin, "settings")!).Children.Cast<YamlMappingNode>().ToList();
        Expect(problems, "setting names", string.Join(", ", settings.Select(s => Text(s, "name"))), string.Join(", ", properties.Select(p => p.Key)));
        foreach (var setting in settings)
        {
            var name = Text(setting, "name")!;
            if (properties[name] is not JsonObject property)
            {
                continue;
            }

            Expect(problems, $"{name}: kind", Text(setting, "kind"), KindOf(property));
            Expect(problems, $"{name}: sensitive", (Json(setting, "sensitive") as JsonValue)?.GetValue<bool>() ?? false, (bool?)property["secret"] ?? false);
            Expect(problems, $"{name}: description", Text(setting, "description"), (string?)property["description"]);
            if (!JsonEquality.Equal(Json(setting, "value"), property["default"]))
            {
                problems.Add($"{name}: value is {JsonEquality.Show(Json(setting, "value"))}, --about says the default is {JsonEquality.Show(property["default"])}");
            }

            var options = Json(setting, "options")?.AsArray().Select(o => o!["value"]!.ToJsonString());
            var allowed = property["enum"]?.AsArray().Select(v => v!.ToJsonString());
            Expect(problems, $"{name}: options", options is null ? null : string.Join(", ", options), allowed is null ? null : string.Join(", ", allowed));
        }

        problems.ShouldBeEmpty($"meltano.yml {pluginType} {about["name"]} disagrees with --about --format json");
    }

    [Theory]
    [InlineData("tap-zendesk")]
    [InlineData("target-zendesk")]
    public void Each_sign_in_form_is_a_settings_group_of_declared_settings(string name)
    {
        var root = YamlJson.LoadMapping(RepositoryLayout.MeltanoFile);
        var plugin = ((YamlSequenceNode)YamlJson.Child((YamlMappingNode)YamlJson.Child(root, "plugins")!, name == "tap-zendesk" ? "extractors" : "loaders")!)
            .Children.Cast<YamlMappingNode>().Single(p => Text(p, "name") == name);
        var declared = ((YamlSequenceNode)YamlJson.Child(plugin, "settings")!).Children.Cast<YamlMappingNode>().Select(s => Text(s, "name")).ToHashSet(StringComparer.Ordinal);

        var groups = Json(plugin, "settings_group_validation").ShouldBeOfType<JsonArray>().Select(g => string.Join(" ", g!.AsArray().Select(k => k!.GetValue<string>()))).ToList();

        groups.ShouldContain("subdomain client_id client_secret");
        groups.ShouldContain("subdomain access_token");
        groups.ShouldContain("subdomain email api_token");
        groups.SelectMany(g => g.Split(' ')).Where(k => !declared.Contains(k)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public async Task The_example_config_sets_only_declared_settings_and_no_secret(string pluginType, string program)
    {
        var about = await AboutAsync(program);
        var plugin = Plugin(pluginType, (string)about["name"]!);
        var settings = ((YamlSequenceNode)YamlJson.Child(plugin, "settings")!).Children.Cast<YamlMappingNode>()
            .ToDictionary(s => Text(s, "name")!, s => (Json(s, "sensitive") as JsonValue)?.GetValue<bool>() ?? false, StringComparer.Ordinal);

        var config = Json(plugin, "config").ShouldBeOfType<JsonObject>();

        config.Count.ShouldBeGreaterThan(0);
        foreach (var (key, _) in config)
        {
            settings.ShouldContainKey(key, $"meltano.yml sets {key}, which {about["name"]} does not declare");
            settings[key].ShouldBeFalse($"meltano.yml holds a value for the secret {key}: it belongs in the environment");
        }
    }

    private static async Task<JsonObject> AboutAsync(string program)
    {
        var dll = program switch
        {
            "tap" => RepositoryLayout.TapDll,
            "target" => RepositoryLayout.TargetDll,
            _ => RepositoryLayout.DestinationDll,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var result = await Programs.RunAsync(Programs.Dll(dll, ["--about", "--format", "json"], RepositoryLayout.Root), timeout.Token);
        result.ExitCode.ShouldBe(0, result.Describe());
        return JsonNode.Parse(result.Output)!.AsObject();
    }

    private static YamlMappingNode Plugin(string pluginType, string name)
    {
        var root = YamlJson.LoadMapping(RepositoryLayout.MeltanoFile);
        var plugins = (YamlMappingNode)YamlJson.Child(root, "plugins").ShouldNotBeNull("meltano.yml has no plugins");
        var ofType = (YamlSequenceNode)YamlJson.Child(plugins, pluginType).ShouldNotBeNull($"meltano.yml has no {pluginType}");
        return ofType.Children.Cast<YamlMappingNode>().Where(p => Text(p, "name") == name).ShouldHaveSingleItem($"meltano.yml declares no {pluginType} named {name}");
    }

    // Meltano's setting kinds for the JSON Schema types --about reports.
    private static string KindOf(JsonObject property) =>
        property["enum"] is not null ? "options"
        : (string?)property["format"] == "date-time" ? "date_iso8601"
        : (string?)property["format"] == "email" ? "email"
        : (string?)property["type"] switch
        {
            "integer" => "integer",
            "number" => "decimal",
            "boolean" => "boolean",
            "object" => "object",
            "array" => "array",
            _ => "string",
        };

    private static string? Text(YamlMappingNode node, string key) => (YamlJson.Child(node, key) as YamlScalarNode)?.Value;

    private static JsonNode? Json(YamlMappingNode node, string key) => YamlJson.Child(node, key) is { } child ? YamlJson.ToJson(child) : null;

    private static void Expect<T>(List<string> problems, string what, T actual, T expected)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            problems.Add($"{what} is {actual?.ToString() ?? "absent"}, --about says {expected?.ToString() ?? "absent"}");
        }
    }
}
