using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>
/// Reads Singer messages, one JSON object per line, from a stream such as stdin. Blank lines are
/// skipped and CRLF endings accepted. Lines of any length are read whole.
/// </summary>
/// <remarks>
/// To stay allocation-light the JSON of a message lives in a pooled document that is recycled when
/// the next message is read: consume (or clone) each message before moving on.
/// </remarks>
/// <param name="rawRecords">
/// Whether RECORD lines of the ordinary shape come as <see cref="RawRecordMessage"/>, their record
/// left unparsed for the consumer (see <see cref="RecordEnvelope"/>), rather than parsed in full.
/// </param>
internal sealed class SingerReader(Stream input, bool rawRecords = false)
{
    /// <summary>How deeply a message's JSON may nest; a record's reader needs the same to read what the full parse reads.</summary>
    public const int MaxDepth = 256;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly RecordEnvelope? _envelope = rawRecords ? new RecordEnvelope() : null;
    private byte[] _joined = [];

    public async IAsyncEnumerable<SingerMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pipe = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 1 << 16, leaveOpen: true));
        JsonDocument? current = null;
        long lineNumber = 0;
        try
        {
            while (true)
            {
                var result = await pipe.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                while (TryTakeLine(ref buffer, out var line))
                {
                    lineNumber++;
                    var message = ParseLine(line, lineNumber, ref current);
                    if (message is not null)
                    {
                        yield return message;
                    }
                }

                if (result.IsCompleted)
                {
                    if (!buffer.IsEmpty)
                    {
                        lineNumber++;
                        var message = ParseLine(buffer, lineNumber, ref current);
                        if (message is not null)
                        {
                            yield return message;
                        }
                    }

                    pipe.AdvanceTo(buffer.End);
                    break;
                }

                pipe.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            current?.Dispose();
            await pipe.CompleteAsync();
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var end = buffer.PositionOf((byte)'\n');
        if (end is null)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, end.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, end.Value));
        return true;
    }

    private SingerMessage? ParseLine(ReadOnlySequence<byte> line, long lineNumber, ref JsonDocument? current)
    {
        if (lineNumber == 1)
        {
            line = SkipByteOrderMark(line);
        }

        line = TrimWhitespace(line);
        if (line.IsEmpty)
        {
            return null;
        }

        if (_envelope?.TryRead(Contiguous(line), lineNumber) is { } raw)
        {
            return raw;
        }

        current?.Dispose();
        current = null;
        current = FullParse.Document(line, lineNumber);
        return FullParse.Message(current, lineNumber);
    }

    /// <summary>A line that spans buffer segments is copied into one reused array.</summary>
    private ReadOnlyMemory<byte> Contiguous(ReadOnlySequence<byte> line)
    {
        if (line.IsSingleSegment)
        {
            return line.First;
        }

        if (_joined.Length < line.Length)
        {
            _joined = new byte[Math.Max(line.Length, _joined.Length * 2)];
        }

        line.CopyTo(_joined);
        return _joined.AsMemory(0, (int)line.Length);
    }

    /// <summary>Files saved by some Windows editors and PowerShell's redirection begin with UTF-8's byte-order mark.</summary>
    private static ReadOnlySequence<byte> SkipByteOrderMark(ReadOnlySequence<byte> line)
    {
        var reader = new SequenceReader<byte>(line);
        return reader.IsNext(Utf8ByteOrderMark, advancePast: true) ? line.Slice(reader.Position) : line;
    }

    private static ReadOnlySequence<byte> TrimWhitespace(ReadOnlySequence<byte> line)
    {
        var reader = new SequenceReader<byte>(line);
        var leading = reader.AdvancePastAny((byte)' ', (byte)'\t', (byte)'\r');
        line = line.Slice(leading);
        while (!line.IsEmpty)
        {
            var last = line.Slice(line.Length - 1).FirstSpan[0];
            if (last is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                break;
            }

            line = line.Slice(0, line.Length - 1);
        }

        return line;
    }
}
