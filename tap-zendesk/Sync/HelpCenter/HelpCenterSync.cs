using System.Globalization;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Streams;

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
    private readonly SyncContext _context = context;
    private readonly RecordField _parentTime = new(root.ReplicationKey!);
    private readonly StreamOutput? _rootOutput = members.FirstOrDefault(m => m.Name == root.Name);
    private readonly StreamOutput[] _children = [.. members.Where(m => m.Definition.Parent == root.Name)];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var brands = await _context.HelpCenterBrands.ReadAsync(_context, cancellationToken);
        if (brands.Count == 0)
        {
            _context.Log.Info($"stream {root.Name}: no brand of the account has a help center");
            return;
        }

        foreach (var brand in brands)
        {
            await ReadBrandAsync(brand, cancellationToken);
        }
    }

    private async Task ReadBrandAsync(HelpCenterBrand brand, CancellationToken cancellationToken)
    {
        var read = new BrandRead(this, brand);
        var from = Math.Min(read.RootPosition?.Seconds ?? long.MaxValue, read.ChildPositions.Length == 0 ? long.MaxValue : read.ChildPositions.Min(p => p.Seconds));
        IPaginator paginator;
        PageRequest first;
        if (root.Paging == PagingStyle.TimeExport)
        {
            var export = new HelpCenterExportPaginator(brand.Url + root.Path, root.RecordsKey);
            (paginator, first) = (export, export.First(from));
        }
        else
        {
            var list = new CursorListPaginator(brand.Url + root.Path, root.RecordsKey, _context.Config.ListPageSize);
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

    /// <summary>What one brand's pass has read so far: positions, the parents each child wants, the latest change seen.</summary>
    private sealed class BrandRead
    {
        private readonly HelpCenterSync _sync;

        public BrandRead(HelpCenterSync sync, HelpCenterBrand brand)
        {
            _sync = sync;
            Brand = brand;
            Extras = [new RecordExtra("brand_id", brand.Id)];
            RootPosition = sync._rootOutput is { } output ? BrandBookmarks.Read(sync._context, output, brand.Id) : null;
            ChildPositions = [.. sync._children.Select(c => BrandBookmarks.Read(sync._context, c, brand.Id))];
            ChildSince = [.. ChildPositions.Select(p => p.Seconds)];
            Wanted = [.. sync._children.Select(_ => new List<long>())];
        }

        public HelpCenterBrand Brand { get; }

        public RecordExtra[] Extras { get; }

        public TimePosition? RootPosition { get; }

        /// <summary>Per child: how far its parents have been read (their change time and ids).</summary>
        public TimePosition[] ChildPositions { get; }

        /// <summary>Per child: the second after which its records are new, fixed for the pass.</summary>
        public long[] ChildSince { get; }

        /// <summary>Per child: the parents changed since its position.</summary>
        public List<long>[] Wanted { get; }

        /// <summary>The latest parent change read and the parents of that second.</summary>
        public TimePosition Latest { get; } = TimePosition.At(long.MinValue);

        public void Parent<TRecord>(TRecord record, DateTimeOffset fetchedAt)
            where TRecord : struct, IRecord
        {
            var seconds = record.Time(_sync._parentTime)?.ToUnixTimeSeconds();
            // A parent changed past the backfill window is left to the next run, which starts at the
            // window's end; its children from before the end are read now, as that run will not send them.
            var past = seconds > _sync._context.Config.EndSeconds;
            var key = record.Key(Id);
            if (_sync._rootOutput is { } output && !past && (seconds is null || !RootPosition!.Covers(seconds.Value, key)))
            {
                output.Write(record, fetchedAt, Extras);
            }

            if (record.Int64(Id) is { } id)
            {
                for (var c = 0; c < ChildPositions.Length; c++)
                {
                    if (seconds is null || !ChildPositions[c].Covers(seconds.Value, key))
                    {
                        Wanted[c].Add(id);
                    }
                }
            }

            if (seconds is { } s && !past)
            {
                Latest.Advance(s, key);
            }
        }

        /// <summary>Moves every position to the latest change read and publishes the brand's records with them.</summary>
        public void Publish()
        {
            var context = _sync._context;
            if (context.Config.EndSeconds is { } end)
            {
                // Every parent up to the window's end was read, so the positions stand at its end.
                Latest.Advance(end, []);
            }

            if (Latest.Seconds != long.MinValue)
            {
                if (_sync._rootOutput is { } output)
                {
                    RootPosition!.Advance(Latest.Seconds, Latest.Ids);
                    BrandBookmarks.Write(context, output, Brand.Id, RootPosition);
                }

                for (var c = 0; c < ChildPositions.Length; c++)
                {
                    ChildPositions[c].Advance(Latest.Seconds, Latest.Ids);
                    BrandBookmarks.Write(context, _sync._children[c], Brand.Id, ChildPositions[c]);
                }
            }

            context.Group.Emit();
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
