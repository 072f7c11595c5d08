using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// The files a BATCH message names (<see cref="BatchFileUri"/>). Only local files can be read.
/// </summary>
internal static class BatchFiles
{
    /// <summary>The message's files, after checking its encoding and that every file exists.</summary>
    /// <returns>The files in manifest order, and whether they are gzip-compressed.</returns>
    public static (IReadOnlyList<BatchFile> Files, bool Gzip) Resolve(BatchMessage message)
    {
        var encoding = message.Encoding;
        if (!string.Equals(encoding.Format, BatchEncoding.JsonLines, StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(message, $"BATCH encoding format \"{encoding.Format}\" is not supported; use {BatchEncoding.JsonLines}");
        }

        var gzip = string.Equals(encoding.Compression, BatchEncoding.Gzip, StringComparison.OrdinalIgnoreCase);
        if (!gzip && !string.Equals(encoding.Compression, BatchEncoding.None, StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(message, $"BATCH compression \"{encoding.Compression}\" is not supported; use {BatchEncoding.Gzip} or {BatchEncoding.None}");
        }

        var files = new List<BatchFile>(message.Manifest.Count);
        foreach (var uri in message.Manifest)
        {
            var path = LocalPath(message, uri);
            if (!File.Exists(path))
            {
                throw Refused(message, $"BATCH file {uri} does not exist (looked for {Path.GetFullPath(path)})");
            }

            files.Add(new BatchFile(uri, Path.GetFullPath(path)));
        }

        return (files, gzip);
    }

    private static string LocalPath(BatchMessage message, string uri) => BatchFileUri.LocalPath(uri) switch
    {
        null => throw Refused(message, $"BATCH file {uri} is not a local file; only file:// URIs and paths can be loaded"),
        { Length: 0 } => throw Refused(message, $"BATCH file URI {uri} names no file"),
        var path => path,
    };

    private static InputException Refused(BatchMessage message, string problem) =>
        new(message.LineNumber, $"stream \"{message.Stream}\": {problem}");
}
