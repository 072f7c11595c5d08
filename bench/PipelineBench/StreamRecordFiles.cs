using System.Runtime.InteropServices;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.PipelineBench;

/// <summary>The records of a file of Singer messages, one JSON-lines file per stream, as an engine's own reader takes them.</summary>
internal static class StreamRecordFiles
{
    /// <summary>Writes each stream's records from <paramref name="messages"/> into <paramref name="folder"/>.</summary>
    /// <returns>Each stream's file and its count of records.</returns>
    public static async Task<IReadOnlyDictionary<string, (string Path, long Records)>> SplitAsync(string messages, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var writers = new Dictionary<string, (FileStream File, long Records)>(StringComparer.Ordinal);
        try
        {
            await using var input = new FileStream(messages, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);

            // The reader the target reads with: a RECORD of the ordinary shape keeps its record's bytes in the line.
            await foreach (var message in new SingerReader(input, rawRecords: true).ReadAllAsync(cancellationToken))
            {
                var (stream, record) = message switch
                {
                    RawRecordMessage raw => (raw.Stream, raw.Line.Slice(raw.RecordStart, raw.RecordLength)),
                    RecordMessage full => (full.Stream, (ReadOnlyMemory<byte>)JsonMarshal.GetRawUtf8Value(full.Record).ToArray()),
                    _ => (null, default),
                };
                if (stream is null)
                {
                    continue;
                }

                if (!writers.TryGetValue(stream, out var writer))
                {
                    // Files are numbered, so that no stream's name is ever a path.
                    writer = (new FileStream(Path.Combine(folder, $"{writers.Count:D3}.jsonl"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20), 0);
                }

                await writer.File.WriteAsync(record, cancellationToken);
                writer.File.WriteByte((byte)'\n');
                writers[stream] = (writer.File, writer.Records + 1);
            }

            return writers.ToDictionary(w => w.Key, w => (w.Value.File.Name, w.Value.Records), StringComparer.Ordinal);
        }
        finally
        {
            foreach (var (file, _) in writers.Values)
            {
                await file.DisposeAsync();
            }
        }
    }
}
