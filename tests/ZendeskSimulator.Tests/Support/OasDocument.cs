using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>
/// Zendesk's OpenAPI document (shared/zendesk-oas/support-api.yaml beside the repository), read once
/// per test run. YAML scalars are read as plain text and only unquoted true/false/integers become
/// JSON booleans and numbers: the document has a bare "=" scalar that a YAML 1.1 loader refuses.
/// </summary>
internal sealed class OasDocument
{
    private static readonly Lazy<OasDocument> Shared = new(Load);

    private OasDocument(JsonObject root)
    {
        Root = root;
    }

    public static OasDocument Instance => Shared.Value;

    public JsonObject Root { get; }

    public static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "zendesk-oas", "support-api.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/zendesk-oas/support-api.yaml was not found beside the repository (searched upwards from {AppContext.BaseDirectory}).");
    }

    /// <summary>The schema of the 200 response of GET <paramref name="path"/>, as the OAS declares it.</summary>
    public JsonNode ResponseSchema(string path) => ResponseSchema("get", path, 200);

    /// <summary>The schema of a response of <paramref name="method"/> <paramref name="path"/>, as the OAS declares it.</summary>
    public JsonNode ResponseSchema(string method, string path, int status)
    {
        var operation = Root["paths"]?[path]?[method.ToLowerInvariant()] ?? throw new KeyNotFoundException($"The OAS has no {method.ToUpperInvariant()} {path}.");
        var response = operation["responses"]?[status.ToString(CultureInfo.InvariantCulture)]
            ?? throw new KeyNotFoundException($"The OAS has no {status} response for {method.ToUpperInvariant()} {path}.");
        if (response["$ref"] is { } reference)
        {
            response = Resolve(reference.GetValue<string>());
        }

        return response["content"]!["application/json"]!["schema"]!;
    }

    public JsonNode Resolve(string reference)
    {
        const string prefix = "#/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported, not {reference}.");
        }

        JsonNode node = Root;
        foreach (var part in reference[prefix.Length..].Split('/'))
        {
            node = node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                ?? throw new KeyNotFoundException($"The OAS reference {reference} leads nowhere.");
        }

        return node;
    }

    private static OasDocument Load()
    {
        using var reader = new StreamReader(Locate());
        var stream = new YamlStream();
        stream.Load(reader);
        return new OasDocument((JsonObject)Convert(stream.Documents[0].RootNode)!);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException($"Unexpected YAML node {node.NodeType} at {node.Start}."),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" or "~" => null,
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }
}
