using System.Globalization;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.Lists;

/// <summary>
/// A list read once per record of its parent list, at its row's endpoint with <c>{id}</c> standing for
/// the parent's key; each record gets the parent's key as <c>{parent}_{key}</c> (<c>trigger_id</c>,
/// <c>schedule_id</c>, <c>custom_object_key</c>), which Zendesk leaves out of most children. A child that cannot change unless its parent does (a trigger's revisions) is read
/// only for parents changed since its own bookmark; any other for every parent. A child the plan
/// withholds while its parent is served is skipped on its own, with one warning.
/// </summary>
internal sealed class ListChild
{
    private readonly StreamDefinition _row;
    private readonly SyncContext _context;
    private readonly RecordField _parentKey;
    private readonly RecordField? _parentTime;
    private readonly string _parentLink;
    private readonly List<(string Key, DateTimeOffset? ChangedAt)> _parents = [];

    public ListChild(StreamDefinition parent, StreamOutput output, SyncContext context)
    {
        _row = output.Definition;
        _context = context;
        Output = output;
        _parentKey = new RecordField(parent.Key);
        _parentTime = parent.ReplicationKey is { } key ? new RecordField(key) : null;
        _parentLink = LinkName(parent);
    }

    public StreamOutput Output { get; }

    /// <summary>Keeps a parent record's key (and when it changed) for <see cref="RunAsync"/>.</summary>
    public void Note<TRecord>(TRecord parent)
        where TRecord : struct, IRecord
    {
        if (parent.Key(_parentKey) is { } key)
        {
            _parents.Add((key, _parentTime is null ? null : parent.Time(_parentTime)));
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var emitter = new ListEmitter(Output, _context);
        var since = _row.ChangesWithParent ? emitter.Position?.Seconds : null;
        foreach (var (key, changedAt) in _parents)
        {
            if (since is { } s && changedAt is { } t && t.ToUnixTimeSeconds() < s)
            {
                continue;
            }

            var link = new RecordExtra[] { long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? new(_parentLink, Number: id) : new(_parentLink, Text: key) };
            var path = _row.Path.Replace("{id}", Uri.EscapeDataString(key), StringComparison.Ordinal);
            try
            {
                await foreach (var page in ListPages.ReadAsync(path, _row, Output.Stats, _context, cancellationToken))
                {
                    var records = new Records(emitter, page.FetchedAt, link);
                    page.Visit(ref records);
                }
            }
            catch (ZendeskForbiddenException e)
            {
                var needs = _row.PlanNote is { } note ? $"; it needs {note}" : string.Empty;
                _context.Log.Warn($"stream {Output.Name} skipped: Zendesk answered HTTP {e.StatusCode} for {e.Endpoint}{needs}", ("zendesk", e.ZendeskMessage));
                Output.Stats.Status = StreamStatus.Skipped;
                Output.Stats.Note = $"HTTP {e.StatusCode}";
                return;
            }
            catch (ZendeskNotFoundException)
            {
                // Deleted since the parent list was read; the parent list shows the deletion itself.
            }
        }

        emitter.Finish();
    }

    /// <summary>The parent's name in the singular, then its key: <c>triggers</c> and <c>id</c> give <c>trigger_id</c>.</summary>
    public static string LinkName(StreamDefinition parent) =>
        (parent.Name.EndsWith('s') ? parent.Name[..^1] : parent.Name) + "_" + parent.Key;

    private readonly struct Records(ListEmitter emitter, DateTimeOffset fetchedAt, RecordExtra[] link) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => emitter.Emit(record, fetchedAt, link);
    }
}
