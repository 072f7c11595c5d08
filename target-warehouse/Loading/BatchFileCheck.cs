using System.IO.Compression;
using System.Text.Json;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Reads batch files through the record path's converter, which checks every record against the
/// schema as it converts it: to validate the records the engine loads, and to find the record the
/// engine refused. The rows are thrown away; only the first refusal is kept.
/// </summary>
internal static class BatchFileCheck
{
    private const int Rows = 1024;

    /// <param name="validate">Check records against the schema (validate_records); otherwise only whether their values convert.</param>
    /// <returns>The first record refused, named by its file, line and field; null when every record converts.</returns>
    public static FileRefusal? FindRefused(IReadOnlyList<BatchFile> files, bool gzip, StreamMapping mapping, bool validate, CancellationToken cancellationToken)
    {
        var converter = new RecordConverter(mapping, validate);
        var batch = new RowBatch([.. mapping.Columns.Select(c => c.Type)], [], Rows);
        for (var index = 0; index < files.Count; index++)
        {
            var file = files[index];
            try
            {
                using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                using Stream source = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
                var lines = new JsonLineSplitter(source);
                var number = 0L;
                while (lines.TryRead(out var line))
                {
                    number++;
                    if (number % Rows == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        batch.Clear();
                    }

                    if (line.Trim(" \t"u8).IsEmpty)
                    {
                        continue;
                    }

                    if (Refusal(converter, batch, line) is { } problem)
                    {
                        return new FileRefusal(index, $"{file.Uri} line {number}: {problem}");
                    }
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                return new FileRefusal(index, $"{file.Uri}: cannot be read{(gzip ? " as gzip" : string.Empty)}: {e.Message}");
            }
        }

        return null;
    }

    private static string? Refusal(RecordConverter converter, RowBatch batch, ReadOnlySpan<byte> line)
    {
        var slot = batch.BeginRow();
        try
        {
            var reader = new Utf8JsonReader(line, RecordConverter.ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "the record is not a JSON object";
            }

            converter.Convert(line, ref reader, batch.Columns, slot);
            if (reader.Read())
            {
                return "more than one JSON value on the line";
            }
        }
        catch (RecordException e)
        {
            return e.Message;
        }
        catch (JsonException e)
        {
            return $"not valid JSON ({e.Message})";
        }
        catch (InvalidOperationException)
        {
            return $"the record {UnicodeText.Problem}";
        }

        batch.CommitRow();
        return null;
    }
}
