using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>
/// A golden Singer file and what loading it must produce: <c>fixtures/singer/NAME.singer</c> beside
/// <c>NAME.expected.json</c>, which holds the extra config, the exit code, the STATE values written,
/// a piece of the error text, and every table's columns (engine-neutral types) and sorted rows.
/// </summary>
internal sealed class GoldenCase
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private GoldenCase(string name, JsonObject expected)
    {
        Name = name;
        Expected = expected;
    }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures", "singer");

    public string Name { get; }

    public JsonObject Expected { get; }

    public string InputPath => Path.Combine(Directory, Name + ".singer");

    public JsonObject? Config => Expected["config"] as JsonObject;

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.singer").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    public static GoldenCase Load(string name)
    {
        var path = Path.Combine(Directory, name + ".expected.json");
        File.Exists(path).ShouldBeTrue($"golden file {name}.singer has no {name}.expected.json beside it");
        return new GoldenCase(name, JsonNode.Parse(File.ReadAllText(path))!.AsObject());
    }

    /// <summary>The outcome in the expected file's own shape, so that a difference is easy to read.</summary>
    public static JsonObject Describe(JsonObject? config, TargetResult result, string? error, IReadOnlyDictionary<string, TableDump> tables)
    {
        var described = new JsonObject();
        if (config is not null)
        {
            described["config"] = config.DeepClone();
        }

        described["exit_code"] = result.ExitCode;
        described["states"] = new JsonArray([.. result.States.Select(s => s?.DeepClone())]);
        described["error"] = error;
        var tableNodes = new JsonObject();
        foreach (var (name, dump) in tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var columns = new JsonObject();
            foreach (var (column, type) in dump.Columns)
            {
                columns[column] = type;
            }

            tableNodes[name] = new JsonObject
            {
                ["columns"] = columns,
                ["rows"] = new JsonArray([.. dump.Rows.Select(r => (JsonNode)new JsonArray([.. r.Select(v => v is null ? null : (JsonNode)JsonValue.Create(v))]))]),
            };
        }

        described["tables"] = tableNodes;
        return described;
    }

    public static string Text(JsonNode? node) => node?.ToJsonString(Indented) ?? "null";
}
