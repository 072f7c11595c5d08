using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Holds each STATE until every record that came before it, in every stream, is committed. A STATE
/// is released once all those records are in commits already queued, and written when the last of
/// those commits ends; of several STATEs released together only the newest is written. Which STATEs
/// are written therefore depends only on the input, never on timing. A STATE equal to the last one
/// written is not repeated.
/// </summary>
internal sealed class StateTracker(SingerWriter output)
{
    private readonly List<(long AfterRecord, JsonElement Value)> _pending = [];
    private string? _lastWritten;

    public int Written { get; private set; }

    /// <param name="afterRecord">The sequence number of the last record read before this STATE.</param>
    public void Add(long afterRecord, JsonElement value) => _pending.Add((afterRecord, value.Clone()));

    /// <summary>Takes the newest STATE whose records all come before <paramref name="firstUnqueued"/>, dropping older ones.</summary>
    /// <param name="firstUnqueued">The sequence number of the oldest record not yet queued for commit, or <see cref="long.MaxValue"/>.</param>
    public JsonElement? TakeReleased(long firstUnqueued)
    {
        var index = _pending.FindLastIndex(p => p.AfterRecord < firstUnqueued);
        if (index < 0)
        {
            return null;
        }

        var value = _pending[index].Value;
        _pending.RemoveRange(0, index + 1);
        return value;
    }

    public void Write(JsonElement value)
    {
        var text = value.GetRawText();
        if (text == _lastWritten)
        {
            return;
        }

        output.WriteState(value);
        _lastWritten = text;
        Written++;
    }
}
