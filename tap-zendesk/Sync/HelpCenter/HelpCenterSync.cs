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
/// with a changed parent, and an old child of a changed parent is not sent again. A brand's records and
/// bookmarks are published together once the brand is read, so a run stopped midway reads that brand
/// again from its last bookmark and sends nothing twice.
/// </summary>
internal sealed class HelpCenterSync(StreamDefinition root, IReadOnlyList<StreamOutput> members, SyncContext context) : IExtractor
{
    private static readonly RecordField Id = new("id");
    private readonly StreamDefinition _root = root;
    private readonly SyncContext _context = context;
    private readonly StreamOutput? _rootOutput = members.FirstOrDefault(m => m.Name == root.Name);
    private readonly StreamOutput[] _children = [.. members.Where(m => m.Definition.Parent == root.Name)];

    // A stream the table reads in full is one table version over every brand, activated once all are read.
    private ListEmitter? _whole;

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
        var from = read.From;
        IPaginator paginator;
        PageRequest first;
        if (_root.Paging == PagingStyle.TimeExport)
        {
            var export = new HelpCenterExportPaginator(brand.Url + _root.Path, _root.RecordsKey);
            (paginator, first) = (export, export.First(from));
        }
        else
        {
            var list = new CursorListPaginator(brand.Url + _root.Path, _root.RecordsKey, _context.Config.ListPageSize);
            (paginator, first) = (list, list.First());
        }

        var stats = (_rootOutput ?? _children[0]).Stats;
        await foreach (var page in PageReader.ReadAsync(_context.Client, paginator, first, RequestBudget.HelpCenter, stats, _context.Clock, cancellationToken))
        {
            var parents = new Parents(read, page.FetchedAt);
            page.Visit(ref parents);
        }

        for (var c = 0; c < _children.Length; c++)
        {
            await ReadChildrenAsync(read, c, cancellationToken);
        }

        read.Publish();
    }

    private async Task ReadChildrenAsync(BrandRead read, int c, CancellationToken cancellationToken)
    {
        var child = _children[c];
        var since = read.ChildSince[c];
        var timeField = new RecordField(child.Definition.ReplicationKey!);
        var options = new ParallelOptions { MaxDegreeOfParallelism = _context.Config.ParentChildParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(read.Wanted[c], options, async (parentId, ct) =>
        {
            var path = read.Brand.Url + child.Definition.Path.Replace("{id}", parentId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var paginator = new CursorListPaginator(path, child.Definition.RecordsKey, _context.Config.ListPageSize);
            try
            {
                await foreach (var page in PageReader.ReadAsync(_context.Client, paginator, paginator.First(), RequestBudget.HelpCenter, child.Stats, _context.Clock, ct))
                {
                    var children = new Children(child, timeField, since, _context.Config.EndSeconds, read.Extras, page.FetchedAt);
                    page.Visit(ref children);
                }
            }
            catch (ZendeskNotFoundException)
            {
                // Deleted since it was listed; its children went with it.
            }
        });
    }

    /// <summary>
    /// One brand's pass: a list emitter per stream over the parents, on the stream's bookmark for the brand
    /// (the root's emits the changed parents; a child's says which parents it reads under), and the parents each child wants.
    /// </summary>
    private sealed class BrandRead
    {
        private readonly HelpCenterSync _sync;
        private readonly ListEmitter? _root;
        private readonly ListEmitter[] _children;

        public BrandRead(HelpCenterSync sync, HelpCenterBrand brand)
        {
            _sync = sync;
            Brand = brand;
            Extras = [new RecordExtra("brand_id", brand.Id)];
            _root = sync._whole ?? (sync._rootOutput is { } output ? Emitter(output) : null);
            _children = [.. sync._children.Select(Emitter)];
            ChildSince = [.. _children.Select(c => c.Position!.Seconds)];
            Wanted = [.. sync._children.Select(_ => new List<long>())];
        }

        public HelpCenterBrand Brand { get; }

        public RecordExtra[] Extras { get; }

        /// <summary>The earliest change any selected stream of the brand still needs read.</summary>
        public long From => Math.Min(_root?.Position?.Seconds ?? long.MaxValue, _children.Length == 0 ? long.MaxValue : ChildSince.Min());

        /// <summary>Per child: the second after which its records are new, fixed for the pass.</summary>
        public long[] ChildSince { get; }

        /// <summary>Per child: the parents changed since its position.</summary>
        public List<long>[] Wanted { get; }

        public void Parent<TRecord>(TRecord record, DateTimeOffset fetchedAt)
            where TRecord : struct, IRecord
        {
            _root?.Emit(record, fetchedAt, Extras);
            var id = record.Int64(Id);
            for (var c = 0; c < _children.Length; c++)
            {
                // A parent changed past the backfill window is left to the next run, which starts at the
                // window's end; its children from before the end are read now, as that run will not send them.
                if (_children[c].Note(record) != ListChange.Covered && id is { } parent)
                {
                    Wanted[c].Add(parent);
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

            foreach (var child in _children)
            {
                child.Finish();
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

    private readonly struct Children(StreamOutput output, RecordField timeField, long since, long? end, RecordExtra[] extras, DateTimeOffset fetchedAt) : IRecordVisitor
    {
        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord
        {
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
