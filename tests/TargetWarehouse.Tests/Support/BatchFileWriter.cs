using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>Writes records as JSON-lines batch files in a directory of its own, and the BATCH messages that name them.</summary>
internal sealed class BatchFileWriter : IDisposable
{
    private int _files;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("tw-batch-").FullName;

    /// <summary>One BATCH message whose manifest holds one file per group of records, as file:///absolute URIs or, as the SDK writes a relative root, file://relative ones.</summary>
    public JsonObject Batch(string stream, bool gzip, IEnumerable<IEnumerable<JsonObject>> files, long? version = null, bool relative = false)
    {
        var manifest = new JsonArray();
        foreach (var records in files)
        {
            var path = Write(records, gzip);
            manifest.Add("file://" + (relative ? Path.GetRelativePath(Environment.CurrentDirectory, path) : path));
        }

        var message = new JsonObject
        {
            ["type"] = "BATCH",
            ["stream"] = stream,
            ["encoding"] = new JsonObject { ["format"] = "jsonl", ["compression"] = gzip ? "gzip" : "none" },
            ["manifest"] = manifest,
        };
        if (version is { } v)
        {
            message["version"] = v;
        }

        return message;
    }

    /// <summary>Writes one file of raw lines (records as they are, or anything else) and returns its path.</summary>
    public string WriteLines(IEnumerable<string> lines, bool gzip)
    {
        var path = Path.Combine(Directory, $"part-{++_files}.jsonl{(gzip ? ".gz" : string.Empty)}");
        using var file = File.Create(path);
        using Stream target = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
        var bytes = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
        target.Write(bytes);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private string Write(IEnumerable<JsonObject> records, bool gzip) => WriteLines(records.Select(r => r.ToJsonString()), gzip);
}
