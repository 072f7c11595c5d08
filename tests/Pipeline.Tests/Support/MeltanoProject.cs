using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// What Meltano does around a plugin, from the repository's meltano.yml: the config file it writes
/// (each setting's default, then the plugin's <c>config</c>, then the environment), the select rules
/// it applies to a discovered catalog, and the state backend's JSON, whose <c>singer_state</c> it
/// hands back with <c>--state</c>.
/// </summary>
internal sealed class MeltanoProject(string pluginType, string name)
{
    private readonly YamlMappingNode _plugin = Plugin(pluginType, name);

    public string Namespace => ((YamlScalarNode)YamlJson.Child(_plugin, "namespace")!).Value!;

    /// <summary>
    /// The config file Meltano writes: defaults, the plugin's config, then the environment (null removes
    /// a key, as a user editing config does). <c>$MELTANO_EXTRACT__LOAD_SCHEMA</c> becomes the namespace
    /// of <paramref name="extractor"/>, the extractor a loader runs with.
    /// </summary>
    public JsonObject Config(IReadOnlyDictionary<string, JsonNode?> environment, MeltanoProject? extractor = null)
    {
        var config = new JsonObject();
        foreach (var setting in ((YamlSequenceNode)YamlJson.Child(_plugin, "settings")!).Children.Cast<YamlMappingNode>())
        {
            if (YamlJson.Child(setting, "value") is { } value && YamlJson.ToJson(value) is { } json)
            {
                config[((YamlScalarNode)YamlJson.Child(setting, "name")!).Value!] = json;
            }
        }

        foreach (var (key, value) in YamlJson.ToJson(YamlJson.Child(_plugin, "config")!)!.AsObject())
        {
            config[key] = value?.DeepClone();
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                config.Remove(key);
            }
            else
            {
                config[key] = value is JsonValue text && text.TryGetValue<string>(out var s) && extractor is not null
                    ? s.Replace("$MELTANO_EXTRACT__LOAD_SCHEMA", extractor.Namespace, StringComparison.Ordinal)
                    : value.DeepClone();
            }
        }

        return config;
    }

    /// <summary>
    /// Meltano's select rules on a catalog: <c>stream.property</c> patterns with <c>*</c>, and
    /// <c>!</c> to exclude. A property is selected when a rule includes it and none excludes it; a
    /// stream when any of its properties is; key properties (<c>inclusion: automatic</c>) go with their stream.
    /// </summary>
    public static JsonObject Select(JsonObject catalog, IReadOnlyList<string> rules)
    {
        var include = rules.Where(r => !r.StartsWith('!')).Select(Pattern).ToList();
        var exclude = rules.Where(r => r.StartsWith('!')).Select(r => Pattern(r[1..])).ToList();
        bool Wanted(string path) => include.Any(p => p.IsMatch(path)) && !exclude.Any(p => p.IsMatch(path));

        var edited = catalog.DeepClone().AsObject();
        foreach (var stream in edited["streams"]!.AsArray().Select(s => s!.AsObject()))
        {
            var id = (string)stream["tap_stream_id"]!;
            var entries = stream["metadata"]!.AsArray().Select(m => m!.AsObject()).ToList();
            var streamSelected = false;
            foreach (var entry in entries.Where(e => e["breadcrumb"]!.AsArray().Count == 2))
            {
                var property = (string)entry["breadcrumb"]![1]!;
                var selected = Wanted($"{id}.{property}");
                entry["metadata"]!["selected"] = selected;
                streamSelected |= selected;
            }

            entries.Single(e => e["breadcrumb"]!.AsArray().Count == 0)["metadata"]!["selected"] = streamSelected;
        }

        return edited;
    }

    /// <summary>What the state backend keeps of a run: the last STATE the loader printed.</summary>
    public static JsonObject StoredState(JsonObject lastState) => new() { ["singer_state"] = lastState.DeepClone() };

    /// <summary>The file Meltano passes with <c>--state</c>: the stored <c>singer_state</c>.</summary>
    public static JsonObject StateFile(JsonObject stored) => stored["singer_state"]!.DeepClone().AsObject();

    private static Regex Pattern(string rule) =>
        new("^" + Regex.Escape(rule).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);

    private static YamlMappingNode Plugin(string pluginType, string name)
    {
        var root = YamlJson.LoadMapping(RepositoryLayout.MeltanoFile);
        var plugins = (YamlMappingNode)YamlJson.Child(root, "plugins")!;
        return ((YamlSequenceNode)YamlJson.Child(plugins, pluginType)!).Children.Cast<YamlMappingNode>()
            .Single(p => ((YamlScalarNode)YamlJson.Child(p, "name")!).Value == name);
    }
}
