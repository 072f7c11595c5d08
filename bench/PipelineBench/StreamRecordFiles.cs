using System.Buffers;
using System.Text.Json;

namespace Zendesk.Singer.PipelineBench;

/// <summary>The records of a file of Singer messages, one JSON-lines file per stream, as an engine's own reader takes them.</summary>
internal static class StreamRecordFiles
{
    private static readonly byte[] RecordType = "RECORD"u8.ToArray();

    /// <summary>Writes each stream's records from <paramref name="messages"/> into <paramref name="folder"/>.</summary>
    /// <returns>Each stream's file and its count of records.</returns>
    public static async Task<IReadOnlyDictionary<string, (string Path, long Records)>> SplitAsync(string messages, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var writers = new Dictionary<string, (FileStream File, long Records)>(StringComparer.Ordinal);
        try
        {
            await using var input = new FileStream(messages, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 22);
            try
            {
                var filled = 0;
                int read;
                while ((read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0 || filled > 0)
                {
                    filled += read;
                    var consumed = await WriteLinesAsync(buffer.AsMemory(0, filled), writers, folder, final: read == 0, cancellationToken);
                    if (consumed == 0 && filled == buffer.Length)
                    {
                        // A line longer than the buffer: grow it.
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                        continue;
                    }

                    buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                    filled -= consumed;
                    if (read == 0)
                    {
                        break;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
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

    /// <returns>The bytes of the whole lines written; with <paramref name="final"/>, a last line without its newline counts as whole.</returns>
    private static async ValueTask<int> WriteLinesAsync(ReadOnlyMemory<byte> data, Dictionary<string, (FileStream File, long Records)> writers, string folder, bool final, CancellationToken cancellationToken)
    {
        var start = 0;
        while (start < data.Length)
        {
            var length = data.Span[start..].IndexOf((byte)'\n');
            if (length < 0)
            {
                if (!final)
                {
                    break;
                }

                length = data.Length - start;
            }

            if (Record(data.Span.Slice(start, length)) is ({ } stream, var from, var count))
            {
                if (!writers.TryGetValue(stream, out var writer))
                {
                    var path = Path.Combine(folder, $"{writers.Count:D3}.jsonl");
                    writer = (new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20), 0);
                }

                await writer.File.WriteAsync(data.Slice(start + from, count), cancellationToken);
                writer.File.WriteByte((byte)'\n');
                writers[stream] = (writer.File, writer.Records + 1);
            }

            start += length + 1;
        }

        return Math.Min(start, data.Length);
    }

    /// <summary>A RECORD message's stream and where its record lies in the line; no stream for any other message.</summary>
    private static (string? Stream, int From, int Count) Record(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        string? stream = null;
        var isRecord = false;
        (int From, int Count)? record = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                isRecord = reader.ValueTextEquals(RecordType);
            }
            else if (reader.ValueTextEquals("stream"u8))
            {
                reader.Read();
                stream = reader.GetString();
            }
            else if (reader.ValueTextEquals("record"u8))
            {
                reader.Read();
                var from = (int)reader.TokenStartIndex;
                reader.Skip();
                record = (from, (int)reader.BytesConsumed - from);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return isRecord && stream is not null && record is { } found ? (stream, found.From, found.Count) : default;
    }
}
