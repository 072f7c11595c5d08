using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Maps.Evaluation;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>
/// The stream maps of a run. Which entries apply to a stream follows the Meltano SDK: the entries are
/// taken in the config's order; an entry whose key (or pattern) matches the stream replaces the
/// stream's own map, so the last match wins, and every <c>__source__</c> entry reading the stream adds
/// a stream. A stream no entry matches goes out unchanged, or not at all under a top-level
/// <c>"__else__": null</c>.
/// </summary>
internal sealed class StreamMaps(IReadOnlyList<StreamMapDefinition> definitions, bool dropsUnmapped, JsonElement? config)
{
    private static readonly JsonElement EmptyConfig = JsonDocument.Parse("{}").RootElement;

    public static StreamMaps None { get; } = new([], false, null);

    public IReadOnlyList<StreamMapDefinition> Definitions { get; } = definitions;

    public bool DropsUnmapped { get; } = dropsUnmapped;

    public bool IsEmpty => Definitions.Count == 0 && !DropsUnmapped;

    /// <summary>The streams the entries name exactly (not by pattern), for a warning about those never seen.</summary>
    public IEnumerable<string> NamedStreams => Definitions.Select(d => d.Source).Where(s => !GlobPattern.IsPattern(s)).Distinct(StringComparer.Ordinal);

    /// <summary>The outputs of <paramref name="stream"/> given its schema and keys.</summary>
    /// <exception cref="MapConfigurationException">A map does not fit the stream (removes one of its keys, keeps a key it does not have, an alias that fails).</exception>
    public MappedStream Bind(string stream, JsonObject schema, IReadOnlyList<string> keys, IReadOnlyList<string>? bookmarks = null)
    {
        (string Name, StreamMapDefinition? Definition)? primary = DropsUnmapped ? null : (stream, null);
        var copies = new List<(string, StreamMapDefinition?)>();
        foreach (var definition in Definitions)
        {
            var name = definition.IsCopy ? definition.Key : AliasOf(definition, stream) ?? stream;
            if (definition.Source != stream && !GlobPattern.Matches(definition.Source, stream))
            {
                continue;
            }

            (string, StreamMapDefinition?)? choice = definition.Drops ? null : (name, definition);
            if (definition.IsCopy)
            {
                if (choice is { } copy)
                {
                    copies.Add(copy);
                }
            }
            else
            {
                primary = choice;
            }
        }

        var outputs = new List<StreamMapOutput>();
        foreach (var (name, definition) in primary is { } p ? copies.Prepend(p) : copies)
        {
            outputs.Add(new StreamMapOutput(name, stream, definition, (JsonObject)schema.DeepClone(), keys, bookmarks, config ?? EmptyConfig) { IsUnmapped = definition is null });
        }

        return new MappedStream(stream, outputs);
    }

    private static string? AliasOf(StreamMapDefinition definition, string stream)
    {
        try
        {
            return definition.Alias?.NameFor(stream);
        }
        catch (Exception e) when (e is MapEvaluationException or OverflowException)
        {
            throw new MapConfigurationException($"{MapSettings.StreamMaps}.{definition.Key}.{MapSettings.Alias}: {e.Message} (stream \"{stream}\")");
        }
    }
}
