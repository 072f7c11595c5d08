using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Tests.Lines;

/// <summary>A copy of a message taken while its pooled JSON is still valid.</summary>
internal abstract record Snapshot(long LineNumber)
{
    public static Snapshot Of(SingerMessage message) => message switch
    {
        RecordMessage r => new RecordSnapshot(
            r.LineNumber,
            r.Stream,
            r.Record.GetRawText(),
            r.Record.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => p.Value.GetInt64()).ToArray(),
            r.Record.TryGetProperty("name", out var name) ? name.GetString() : null,
            r.TimeExtracted,
            r.Version),
        SchemaMessage s => new SchemaSnapshot(s.LineNumber, s.Stream, [.. s.KeyProperties], [.. s.BookmarkProperties]),
        StateMessage s => new StateSnapshot(s.LineNumber, s.Value.GetRawText()),
        ActivateVersionMessage a => new ActivateSnapshot(a.LineNumber, a.Stream, a.Version),
        BatchMessage b => new BatchSnapshot(b.LineNumber, b.Stream, b.Encoding.Format, b.Encoding.Compression, [.. b.Manifest], b.Version),
        _ => throw new ArgumentOutOfRangeException(nameof(message)),
    };
}
