using System.Text;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>
/// Stands in for stdout and, the moment a STATE line is written, asks the engine (on a connection of
/// its own) how many rows the table holds, so a test can see what was committed before each STATE.
/// </summary>
internal sealed class StateSpyStream(Func<long> countRows) : WriteOnlyStream
{
    private readonly StringBuilder _pending = new();

    public List<(string Line, long RowsCommitted)> Lines { get; } = [];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Append(Encoding.UTF8.GetString(buffer));
        var text = _pending.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return;
        }

        foreach (var line in text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Lines.Add((line, countRows()));
        }

        _pending.Clear().Append(text[(end + 1)..]);
    }
}
