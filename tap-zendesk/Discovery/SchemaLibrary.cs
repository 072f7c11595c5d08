using System.Reflection;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary>
/// The JSON Schemas embedded from <c>schemas/</c>. A stream's schema comes back with every
/// <c>{"$ref": "shared/x.json"}</c> replaced by the fragment itself, because a SCHEMA message and a
/// catalog must stand on their own.
/// </summary>
internal static class SchemaLibrary
{
    private const string Prefix = "schemas/";
    private static readonly Assembly Resources = typeof(SchemaLibrary).Assembly;

    /// <summary>Names of the stream schemas present (files directly under <c>schemas/</c>).</summary>
    public static IReadOnlyList<string> StreamNames { get; } =
        [.. Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .Where(n => !n.Contains('/', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public static JsonObject Load(string stream)
    {
        var path = $"{stream}.json";
        return (JsonObject)Inline(Read(path), path, [path]);
    }

    private static JsonObject Read(string relativePath)
    {
        using var resource = Resources.GetManifestResourceStream(Prefix + relativePath)
            ?? throw new InvalidOperationException($"no schema '{Prefix}{relativePath}' is embedded in the tap");
        return JsonNode.Parse(resource) as JsonObject
            ?? throw new InvalidOperationException($"schema '{Prefix}{relativePath}' is not a JSON object");
    }

    private static JsonNode Inline(JsonNode node, string file, HashSet<string> resolving)
    {
        switch (node)
        {
            case JsonObject obj when obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target):
                var path = Resolve(target, file);
                if (!resolving.Add(path))
                {
                    throw new InvalidOperationException($"schema '{Prefix}{file}': $ref \"{target}\" refers back to itself");
                }

                var inlined = Inline(Read(path), path, resolving);
                resolving.Remove(path);
                return inlined;
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (obj[name] is { } child)
                    {
                        var replaced = Inline(child, file, resolving);
                        if (!ReferenceEquals(replaced, child))
                        {
                            obj[name] = replaced;
                        }
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        var replaced = Inline(item, file, resolving);
                        if (!ReferenceEquals(replaced, item))
                        {
                            array[i] = replaced;
                        }
                    }
                }

                return array;
            default:
                return node;
        }
    }

    private static string Resolve(string reference, string fromFile)
    {
        var target = reference.TrimStart('.', '/');
        if (Exists(target))
        {
            return target;
        }

        // A fragment may also name a sibling relative to its own folder.
        var folder = fromFile.Contains('/', StringComparison.Ordinal) ? fromFile[..(fromFile.LastIndexOf('/') + 1)] : string.Empty;
        var sibling = folder + target;
        return Exists(sibling)
            ? sibling
            : throw new InvalidOperationException($"schema '{Prefix}{fromFile}': $ref \"{reference}\" names no embedded schema");
    }

    private static bool Exists(string relativePath) => Resources.GetManifestResourceInfo(Prefix + relativePath) is not null;
}
