using System.Globalization;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Lists;

namespace Zendesk.Singer.Tap.Sync.HelpCenter;

/// <summary>
/// A Help Center stream and its children, read from every brand with a help center in turn, on the
/// brand's own host and within the Help Center budget; each record gets the brand's <c>brand_id</c>.
/// The parents (the articles export, or a list read whole) are emitted when they changed since the
/// brand's bookmark. A child (comments, votes) is read with one request per parent that changed since
/// the child's bookmark, and a child record is emitted when it is newer than that bookmark: Zendesk moves
/// an article's or post's <c>updated_at</c> when a comment or vote is added, so a new child always comes
/// with a changed parent, and an old child of a changed parent is not sent again. A grandchild (a
/// comment's votes) is read under every comment of the parents changed since its own bookmark, and
/// kept by the same rule: a vote on a comment moves the comment's article or post too. A brand's
/// records and bookmarks are published together once the brand is read, so a run stopped midway reads
/// that brand again from its last bookmark and sends nothing twice.
/// </summary>
internal sealed class HelpCenterSync : IExtractor
{
    private static readonly RecordField Id = new("id");
    private readonly StreamDefinition _root;
    private readonly SyncContext _context;
    private readonly StreamOutput? _rootOutput;
    private readonly ChildLine[] _lines;

    /// <summary>Every selected stream under the root, children and grandchildren: each keeps a bookmark over the parents.</summary>
    private readonly StreamOutput[] _tracked;

    // A stream the table reads in full is one table version over every brand, activated once all are read.
    private ListEmitter? _whole;

    public HelpCenterSync(StreamDefinition root, IReadOnlyList<StreamOutput> members, SyncContext context)
    {
        _root = root;
        _context = context;
        _rootOutput = members.FirstOrDefault(m => m.Name == root.Name);
        _lines = [.. StreamTable.ChildrenOf(root.Name, context.Config)
            .Select(child => new ChildLine(child, members.FirstOrDefault(m => m.Name == child.Name), [.. members.Where(m => m.Definition.Parent == child.Name)]))
            .Where(line => line.Output is not null || line.Grandchildren.Length > 0)];
        _tracked = [.. _lines.SelectMany(line => line.Tracked)];
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var brands = await _context.HelpCenterBrands.ReadAsync(_context, cancellationToken);
        if (brands.Count == 0)
        {
            _context.Log.Info($"stream {_root.Name}: no brand of the account has a help center");
            return;
        }

        if (_root.ReplicationKey is null && _rootOutput is { } output)
        {
            _whole = new ListEmitter(output, _context);
        }

        foreach (var brand in brands)
        {
            await ReadBrandAsync(brand, cancellationToken);
        }

        _whole?.Finish();
    }

    private async Task ReadBrandAsync(HelpCenterBrand brand, CancellationToken cancellationToken)
    {
        var read = new BrandRead(this, brand);
        var stats = (_rootOutput ?? _tracked[0]).Stats;
        IAsyncEnumerable<Page> pages;
        if (_root.Paging == PagingStyle.TimeExport)
        {
            var export = new HelpCenterExportPaginator(brand.Url + _root.Path, _root.RecordsKey);
            pages = PageReader.ReadAsync(_context.Client, export, export.First(read.From), RequestBudget.HelpCenter, stats, _context.Clock, cancellationToken);
        }
        else
        {
            pages = ListPages.ReadAsync(brand.Url + _root.Path, _root, RequestBudget.HelpCenter, stats, _context, cancellationToken);
        }

        await foreach (var page in pages)
        {
            var parents = new Parents(read, page.FetchedAt);
            page.Visit(ref parents);
        }

        foreach (var line in _lines)
        {
            await ReadChildrenAsync(read, line, cancellationToken);
        }

        read.Publish();
    }

    /// <summary>
    /// Reads a child under each parent that it or one of its grandchildren wants, emitting the child's new
    /// records where the child wants the parent, then the grandchildren under every child record read.
    /// </summary>
    private async Task ReadChildrenAsync(BrandRead read, ChildLine line, CancellationToken cancellationToken)
    {
        var child = line.Output is { } output ? Array.IndexOf(_tracked, output) : -1;
        var grandchildren = line.Grandchildren.Select(g => Array.IndexOf(_tracked, g)).ToArray();
        var parents = new HashSet<long>(child >= 0 ? read.Wanted[child] : []);
        foreach (var g in grandchildren)
        {
            parents.UnionWith(read.Wanted[g]);
        }

        var stats = (line.Output ?? line.Grandchildren[0]).Stats;
        var options = new ParallelOptions { MaxDegreeOfParallelism = _context.ChildParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(parents, options, async (parentId, ct) =>
        {
            var under = grandchildren.Where(g => read.Wanted[g].Contains(parentId)).ToArray();
            var records = under.Length > 0 ? new List<long>() : null;
            var emitting = child >= 0 && read.Wanted[child].Contains(parentId) ? line.Output : null;
            var path = read.Brand.Url + Substitute(line.Definition.Path, parentId, null);
            if (!await ReadAsync(path, line.Definition, stats, emitting, read, child, records, ct))
            {
                return;
            }

            foreach (var g in under)
            {
                var grandchild = _tracked[g];
                foreach (var recordId in records!)
                {
                    var grandPath = read.Brand.Url + Substitute(grandchild.Definition.Path, recordId, parentId);
                    await ReadAsync(grandPath, grandchild.Definition, grandchild.Stats, grandchild, read, g, null, ct);
                }
            }
        });
    }

    /// <summary>Reads one child list, emitting its new records if <paramref name="output"/> is given; false when the parent is gone.</summary>
    private async Task<bool> ReadAsync(string path, StreamDefinition row, StreamStats stats, StreamOutput? output, BrandRead read, int tracked, List<long>? ids, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var page in ListPages.ReadAsync(path, row, RequestBudget.HelpCenter, stats, _context, cancellationToken))
            {
                var children = new Children(output, new RecordField(row.ReplicationKey!), output is null ? 0 : read.Since[tracked], _context.Config.EndSeconds, read.Extras, page.FetchedAt, ids);
                page.Visit(ref children);
            }

            return true;
        }
        catch (ZendeskNotFoundException)
        {
            // Deleted since it was listed; its children went with it.
            return false;
        }
    }

    private static string Substitute(string path, long id, long? parentId)
    {
        var withId = path.Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return parentId is { } parent ? withId.Replace("{parent_id}", parent.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : withId;
    }

    /// <summary>A child of the root read for its own records, for its children's (a comment's votes), or both.</summary>
    private sealed record ChildLine(StreamDefinition Definition, StreamOutput? Output, StreamOutput[] Grandchildren)
    {
        public IEnumerable<StreamOutput> Tracked => Output is null ? Grandchildren : Grandchildren.Prepend(Output);
    }

    /// <summary>
    /// One brand's pass: a list emitter per stream over the parents, on the stream's bookmark for the brand
    /// (the root's emits the changed parents; a child's says which parents it reads under), and the parents each child wants.
    /// </summary>
    private sealed class BrandRead
    {
        private readonly HelpCenterSync _sync;
        private readonly ListEmitter? _root;
        private readonly ListEmitter[] _tracked;

        public BrandRead(HelpCenterSync sync, HelpCenterBrand brand)
        {
            _sync = sync;
            Brand = brand;
            Extras = [new RecordExtra("brand_id", brand.Id)];
            _root = sync._whole ?? (sync._rootOutput is { } output ? Emitter(output) : null);
            _tracked = [.. sync._tracked.Select(Emitter)];
            Since = [.. _tracked.Select(c => c.Position!.Seconds)];
            Wanted = [.. sync._tracked.Select(_ => new HashSet<long>())];
        }

        public HelpCenterBrand Brand { get; }

        public RecordExtra[] Extras { get; }

        /// <summary>The earliest change any selected stream of the brand still needs read.</summary>
        public long From => Math.Min(_root?.Position?.Seconds ?? long.MaxValue, Since.Length == 0 ? long.MaxValue : Since.Min());

        /// <summary>Per stream under the root: the second after which its records are new, fixed for the pass.</summary>
        public long[] Since { get; }

        /// <summary>Per stream under the root: the parents changed since its position.</summary>
        public HashSet<long>[] Wanted { get; }

        public void Parent<TRecord>(TRecord record, DateTimeOffset fetchedAt)
            where TRecord : struct, IRecord
        {
            _root?.Emit(record, fetchedAt, Extras);
            var id = record.Int64(Id);
            for (var t = 0; t < _tracked.Length; t++)
            {
                // A parent changed past the backfill window is left to the next run, which starts at the
                // window's end; its children from before the end are read now, as that run will not send them.
                if (_tracked[t].Note(record) != ListChange.Covered && id is { } parent)
                {
                    Wanted[t].Add(parent);
                }
            }
        }

        /// <summary>Moves every position past the parents read and publishes the brand's records with them.</summary>
        public void Publish()
        {
            if (_root != _sync._whole)
            {
                _root?.Finish();
            }

            foreach (var emitter in _tracked)
            {
                emitter.Finish();
            }

            _sync._context.Group.Emit();
        }

        private ListEmitter Emitter(StreamOutput output)
        {
            var context = _sync._context;
            var brandId = Brand.Id;
            return new ListEmitter(output, context, _sync._root, BrandBookmarks.Read(context, output, brandId), p => BrandBookmarks.Write(context, output, brandId, p));
        }
    }

    private readonly struct Parents(BrandRead read, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => read.Parent(record, fetchedAt);
    }

    /// <summary>Emits a child list's records newer than <paramref name="since"/> (and within the window), and keeps their ids for the grandchildren.</summary>
    private readonly struct Children(StreamOutput? output, RecordField timeField, long since, long? end, RecordExtra[] extras, DateTimeOffset fetchedAt, List<long>? ids) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord
        {
            if (ids is not null && record.Int64(Id) is { } id)
            {
                ids.Add(id);
            }

            if (output is null)
            {
                return;
            }

            var seconds = record.Time(timeField)?.ToUnixTimeSeconds();
            if (seconds > end)
            {
                return;
            }

            if (seconds is null || seconds > since)
            {
                output.Write(record, fetchedAt, extras);
            }
        }
    }
}
