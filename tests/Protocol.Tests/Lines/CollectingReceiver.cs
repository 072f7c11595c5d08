using System.Text;
using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Tests.Lines;

/// <summary>
/// Takes raw records as a target does, keeping each record's JSON as it was sent, for the streams
/// it is given; any other record, and a record whose bytes a JSON reader refuses, it parses in full,
/// as a target falls back to.
/// </summary>
internal sealed class CollectingReceiver(params string[] streams)
{
    public List<(string Stream, string Json, DateTimeOffset? TimeExtracted, long? Version, long LineNumber)> Received { get; } = [];

    public int Converted { get; private set; }

    /// <summary>When set, every record is declined after its line has been read.</summary>
    public bool DeclineAfterLine { get; init; }

    public Snapshot Take(SingerMessage message)
    {
        if (message is not RawRecordMessage raw)
        {
            return Snapshot.Of(message);
        }

        if (streams.Contains(raw.Stream))
        {
            Converted++;
            if (!DeclineAfterLine && IsJson(raw.Record))
            {
                Received.Add((raw.Stream, Encoding.UTF8.GetString(raw.Record), raw.TimeExtracted, raw.Version, raw.LineNumber));
                return new ReceivedSnapshot(raw.LineNumber, raw.Stream);
            }
        }

        var parsed = raw.ParseInFull(out var document);
        using (document)
        {
            return Snapshot.Of(parsed);
        }
    }

    private static bool IsJson(ReadOnlySpan<byte> record)
    {
        try
        {
            var reader = new Utf8JsonReader(record);
            reader.Read();
            reader.Skip();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
