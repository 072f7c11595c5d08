using System.Text;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Protocol.Tests.Lines;

/// <summary>A receiver that keeps each record's JSON as it was sent, taking only the streams it is given.</summary>
internal sealed class CollectingReceiver(params string[] streams) : IRecordReceiver
{
    private (string Stream, string Json)? _pending;

    public List<(string Stream, string Json, DateTimeOffset? TimeExtracted, long? Version, long LineNumber)> Received { get; } = [];

    public int Converted { get; private set; }

    /// <summary>When set, every record is declined after its line has been read.</summary>
    public bool DeclineAfterLine { get; init; }

    public bool TryConvert(string stream, ReadOnlySpan<byte> line, ref Utf8JsonReader reader)
    {
        if (!streams.Contains(stream))
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        _pending = (stream, Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]));
        Converted++;
        return true;
    }

    public bool TryAccept(DateTimeOffset? timeExtracted, long? version, long lineNumber)
    {
        if (DeclineAfterLine || _pending is not { } pending)
        {
            return false;
        }

        Received.Add((pending.Stream, pending.Json, timeExtracted, version, lineNumber));
        _pending = null;
        return true;
    }
}
