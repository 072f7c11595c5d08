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
        if (file.Section(TapSettings.BatchConfig) is not { } root)
        {
            return null;
        }

        WarnOfUnknownKeys(root, TapSettings.BatchConfig, ["encoding", "storage", "batch_size"], log);
        var encoding = root.Section("encoding");
        var storage = root.Section("storage") ?? throw root.Invalid("storage.root", "is required: the directory the batch files go to");
        if (encoding is not null)
        {
            WarnOfUnknownKeys(encoding, root.Name("encoding"), ["format", "compression"], log);
        }

        WarnOfUnknownKeys(storage, root.Name("storage"), ["root", "prefix", "params"], log);
        var format = encoding?.String("format") ?? BatchEncoding.JsonLines;
        if (format != BatchEncoding.JsonLines)
        {
            throw root.Invalid("encoding.format", "must be \"jsonl\": the tap writes JSON lines only");
        }

        var compression = encoding?.String("compression") ?? BatchEncoding.Gzip;
        if (!Compressions.Contains(compression, StringComparer.Ordinal))
        {
            throw root.Invalid("encoding.compression", "must be \"gzip\" or \"none\"");
        }

        var prefix = storage.String("prefix") ?? string.Empty;
        if (prefix.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            throw storage.Invalid("prefix", "must be the start of a file name, without / or \\");
        }

        return new BatchConfig
        {
            Root = RootPath(storage),
            Prefix = prefix,
            Gzip = compression == BatchEncoding.Gzip,
            BatchSize = (int)(root.Integer("batch_size", 1, int.MaxValue) ?? BatchConfig.DefaultBatchSize),
            Source = file.Path,
        };
    }

    private static void WarnOfUnknownKeys(ConfigFile section, string name, string[] known, ProgramLog log)
    {
        var unknown = section.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            log.Warn($"config file '{section.Path}': \"{name}\" has keys the tap does not know; they are ignored", ("keys", string.Join(",", unknown)));
        }
    }

    /// <summary>A <c>file://</c> URI (<c>file:///data/batches</c>, or relative as <c>file://batches</c>) or a plain path, made absolute.</summary>
    private static string RootPath(ConfigFile storage)
    {
        var text = storage.String("root");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw storage.Invalid("root", "is required: the directory the batch files go to");
        }

        var path = BatchFileUri.LocalPath(text)
            ?? throw storage.Invalid("root", "must be a local directory, as a file:// URI or a path: the tap writes batch files to local storage only");
        if (path.Length == 0)
        {
            throw storage.Invalid("root", "is required: the directory the batch files go to");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw storage.Invalid("root", "is not a valid path");
        }
    }
}
