using System.Globalization;
using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>
/// The facts of Zendesk's OpenAPI document the tests use: the success responses of every operation
/// and the components they refer to, kept in the repository as Support/Oas/oas-responses.json (its
/// script, extract.py beside it, says where the full document comes from and writes it again from
/// a newer one). Read once per test run.
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
        var path = Path.Combine(AppContext.BaseDirectory, "Support", "Oas", "oas-responses.json");
        return new OasDocument(JsonNode.Parse(File.ReadAllText(path))!.AsObject());
    }
}
