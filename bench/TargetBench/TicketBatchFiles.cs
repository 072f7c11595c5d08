using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Zendesk.Singer.Bench.Target;

/// <summary>
/// The tickets of <see cref="TicketFiles.JsonLines"/> as a Meltano SDK tap with batch_config sends
/// them: gzip JSON-lines files, and a Singer input of the SCHEMA, one BATCH message per file and a STATE.
/// </summary>
internal sealed class TicketBatchFiles(string directory, int fileCount)
{
    public IReadOnlyList<string> Files { get; } =
        [.. Enumerable.Range(1, fileCount).Select(i => Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"tickets-batch-{i:000}.jsonl.gz")))];

    public string Singer { get; } = Path.Combine(directory, "tickets-batch.singer");

    public void Write(string jsonLines, int records)
    {
        var perFile = (records + Files.Count - 1) / Files.Count;
        using (var source = new StreamReader(jsonLines, Encoding.UTF8))
        {
            foreach (var path in Files)
            {
                using var file = File.Create(path);
                using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
                using (var writer = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 20))
                {
                    for (var i = 0; i < perFile && source.ReadLine() is { } line; i++)
                    {
                        writer.Write(line);
                        writer.Write('\n');
                    }
                }

                file.Flush(flushToDisk: true);
            }
        }

        using var singer = new StreamWriter(Singer, false, new UTF8Encoding(false));
        singer.Write(TicketFiles.SchemaLine());
        singer.Write('\n');
        foreach (var path in Files)
        {
            singer.Write($"{{\"type\":\"BATCH\",\"stream\":\"tickets\",\"encoding\":{{\"format\":\"jsonl\",\"compression\":\"gzip\"}},\"manifest\":[\"file://{path}\"]}}\n");
        }

        singer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"STATE\",\"value\":{{\"bookmarks\":{{\"tickets\":{{\"generated_timestamp\":{1_700_000_000 + records}}}}}}}}}\n"));
    }
}
