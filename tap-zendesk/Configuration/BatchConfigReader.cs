using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>
/// Reads <c>batch_config</c> in the Meltano SDK's shape (<c>encoding</c>, <c>storage</c>,
/// <c>batch_size</c>). Only what the tap writes is accepted: JSON lines, gzip or not, on a local
/// disk; anything else is a config error that names the key.
/// </summary>
internal static class BatchConfigReader
{
    private static readonly string[] Compressions = [BatchEncoding.Gzip, BatchEncoding.None];

    public static BatchConfig? Read(ConfigFile file, ProgramLog log)
    {
        if (file.Element(TapSettings.BatchConfig) is not { } element)
        {
            return null;
        }

        var reader = new BatchConfigKeys(file.Path, log);
        var root = reader.Object(element, TapSettings.BatchConfig, ["encoding", "storage", "batch_size"]);
        var encoding = reader.Child(root, "encoding", ["format", "compression"]);
        var storage = reader.Child(root, "storage", ["root", "prefix", "params"]) ?? throw reader.Error("storage.root", "is required: the directory the batch files go to");
        var format = reader.String(encoding, "encoding.format") ?? BatchEncoding.JsonLines;
        if (format != BatchEncoding.JsonLines)
        {
            throw reader.Error("encoding.format", "must be \"jsonl\": the tap writes JSON lines only");
        }

        var compression = reader.String(encoding, "encoding.compression") ?? BatchEncoding.Gzip;
        if (!Compressions.Contains(compression, StringComparer.Ordinal))
        {
            throw reader.Error("encoding.compression", "must be \"gzip\" or \"none\"");
        }

        var prefix = reader.String(storage, "storage.prefix") ?? string.Empty;
        if (prefix.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            throw reader.Error("storage.prefix", "must be the start of a file name, without / or \\");
        }

        return new BatchConfig
        {
            Root = RootPath(reader.String(storage, "storage.root"), reader),
            Prefix = prefix,
            Gzip = compression == BatchEncoding.Gzip,
            BatchSize = reader.BatchSize(root),
            Source = file.Path,
        };
    }

    /// <summary>A <c>file://</c> URI (<c>file:///data/batches</c>, or relative as <c>file://batches</c>) or a plain path, made absolute.</summary>
    private static string RootPath(string? text, BatchConfigKeys reader)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw reader.Error("storage.root", "is required: the directory the batch files go to");
        }

        var path = BatchFileUri.LocalPath(text)
            ?? throw reader.Error("storage.root", "must be a local directory, as a file:// URI or a path: the tap writes batch files to local storage only");
        if (path.Length == 0)
        {
            throw reader.Error("storage.root", "is required: the directory the batch files go to");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw reader.Error("storage.root", "is not a valid path");
        }
    }

}
