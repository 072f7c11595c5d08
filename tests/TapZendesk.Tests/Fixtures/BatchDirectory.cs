using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>
/// A directory a run writes its batch files to, deleted afterwards, and the records those files give
/// back when read as a target would: BATCH by BATCH, each manifest in order, one record a line.
/// </summary>
internal sealed class BatchDirectory : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("tap-batches-").FullName;

    /// <summary>The <c>batch_config</c> that sends a run's records here.</summary>
    public JsonObject Config(int? batchSize = null, string? compression = null) => new()
    {
        ["encoding"] = new JsonObject { ["format"] = "jsonl", ["compression"] = compression ?? "gzip" },
        ["storage"] = new JsonObject { ["root"] = new Uri(Root + "/").AbsoluteUri, ["prefix"] = "test-" },
        ["batch_size"] = batchSize ?? 10_000,
    };

    /// <summary>The files under a final name (not a temporary one), as absolute paths.</summary>
    public IReadOnlyList<string> FinalFiles() =>
        [.. Directory.EnumerateFiles(Root).Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".json.gz", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> AllFiles() => [.. Directory.EnumerateFiles(Root).Order(StringComparer.Ordinal)];

    /// <summary>The local paths of every file the run's BATCH messages name, in order.</summary>
    public static IReadOnlyList<string> Announced(TapOutput run) =>
        [.. run.OfType("BATCH").SelectMany(b => b["manifest"]!.AsArray().Select(u => new Uri(u!.GetValue<string>()).LocalPath))];

    /// <summary>Each stream's records as the files' lines hold them, in the order the BATCH messages give.</summary>
    public static Dictionary<string, List<string>> RecordLines(TapOutput run)
    {
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var batch in run.OfType("BATCH"))
        {
            var stream = batch["stream"]!.GetValue<string>();
            var list = lines.TryGetValue(stream, out var found) ? found : lines[stream] = [];
            var gzip = batch["encoding"]!["compression"]!.GetValue<string>() == "gzip";
            foreach (var uri in batch["manifest"]!.AsArray())
            {
                list.AddRange(ReadLines(new Uri(uri!.GetValue<string>()).LocalPath, gzip));
            }
        }

        return lines;
    }

    /// <summary>Each stream's records as its RECORD messages hold them, byte for byte.</summary>
    public static Dictionary<string, List<string>> RecordLinesOfMessages(TapOutput run)
    {
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in run.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var message = JsonDocument.Parse(line);
            if (message.RootElement.GetProperty("type").GetString() != "RECORD")
            {
                continue;
            }

            var stream = message.RootElement.GetProperty("stream").GetString()!;
            var list = lines.TryGetValue(stream, out var found) ? found : lines[stream] = [];
            list.Add(message.RootElement.GetProperty("record").GetRawText());
        }

        return lines;
    }

    public static List<string> ReadLines(string path, bool gzip)
    {
        using var file = File.OpenRead(path);
        using var body = gzip ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(body, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
