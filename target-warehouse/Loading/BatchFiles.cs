using System.Buffers.Binary;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// The files a BATCH message names (<see cref="BatchFileUri"/>). Only local files can be read.
/// </summary>
internal static class BatchFiles
{
    /// <summary>A gzip member ends with its checksum and the size of what it holds, four bytes each.</summary>
    private const int GzipTrailerBytes = 8;

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

    /// <summary>
    /// The JSON a file holds, in bytes. A plain file's is its size. A gzip file's is the size its
    /// trailer gives, which is that of its last member only and wraps at 4 GB; three times the
    /// compressed size stands in when that is more, as no JSON-lines file compresses less, so a file
    /// in several members or of 4 GB and more is not taken for a small one.
    /// </summary>
    public static long JsonBytes(string path, bool gzip)
    {
        try
        {
            using var file = File.OpenRead(path);
            var length = file.Length;
            if (!gzip || length < GzipTrailerBytes)
            {
                return length;
            }

            Span<byte> size = stackalloc byte[4];
            file.Seek(-size.Length, SeekOrigin.End);
            file.ReadExactly(size);
            return Math.Max(BinaryPrimitives.ReadUInt32LittleEndian(size), 3 * length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Loading the file reports what is wrong with it, naming the message.
            return 0;
        }
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
