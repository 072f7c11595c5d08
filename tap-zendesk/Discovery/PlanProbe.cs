using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.HelpCenter;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary>
/// Finds, at discovery, the streams the account's plan or products leave out, so the catalog offers
/// only what a sync can read. Each plan-gated stream is asked for one record of its endpoint; streams
/// that name the same plan feature share one question, and a child follows its parent. A stream whose
/// endpoint needs a parent's id is asked with the parent's first record, and stays in when there is
/// none. Help Center streams are asked on the first brand with a help center, since that is where a
/// sync reads them.
/// </summary>
internal sealed class PlanProbe(ZendeskClient client, int pageSize, ProgramLog log, TimeProvider clock)
{
    private readonly Dictionary<string, bool> _byFeature = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _byStream = new(StringComparer.Ordinal);
    private IReadOnlyList<HelpCenterBrand>? _brands;

    /// <summary>The streams to leave out of the catalog, each reported with one warning.</summary>
    public async Task<IReadOnlySet<string>> UnavailableAsync(IReadOnlyList<StreamDefinition> streams, CancellationToken cancellationToken)
    {
        var unavailable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stream in streams)
        {
            if (!await IsAvailableAsync(stream, cancellationToken))
            {
                unavailable.Add(stream.Name);
            }
        }

        return unavailable;
    }

    private async Task<bool> IsAvailableAsync(StreamDefinition stream, CancellationToken cancellationToken)
    {
        if (_byStream.TryGetValue(stream.Name, out var known))
        {
            return known;
        }

        var available = true;
        var parent = stream.Parent is { } parentName ? StreamTable.Get(parentName) : null;
        if (parent is not null && !await IsAvailableAsync(parent, cancellationToken))
        {
            log.Warn($"stream {stream.Name} is left out of the catalog: its parent stream {parent.Name} is not available to this account");
            available = false;
        }
        else if (stream.PlanNote is { } feature && stream.Path.Length > 0 && parent?.PlanNote != feature)
        {
            if (!_byFeature.TryGetValue(feature, out available))
            {
                available = await AskAsync(stream, parent, cancellationToken) is not { } refusal || Report(stream, refusal);
                _byFeature[feature] = available;
            }
            else if (!available)
            {
                log.Warn($"stream {stream.Name} is left out of the catalog: the account lacks {feature}");
            }
        }

        _byStream[stream.Name] = available;
        return available;
    }

    private bool Report(StreamDefinition stream, ZendeskException refusal)
    {
        log.Warn(
            $"stream {stream.Name} is left out of the catalog: Zendesk answered HTTP {refusal.StatusCode} for {refusal.Endpoint}; it needs {stream.PlanNote}",
            ("zendesk", refusal.ZendeskMessage));
        return false;
    }

    /// <summary>The refusal that shows the plan lacks the stream, or null when Zendesk answered (or nothing could be asked).</summary>
    private async Task<ZendeskException?> AskAsync(StreamDefinition stream, StreamDefinition? parent, CancellationToken cancellationToken)
    {
        var path = stream.Path;
        if (path.Contains("{id}", StringComparison.Ordinal))
        {
            if (parent is null || await FirstIdAsync(parent, cancellationToken) is not { } id)
            {
                return null;
            }

            path = path.Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        try
        {
            using var _ = await GetAsync(stream, path, cancellationToken);
            return null;
        }
        catch (ZendeskException e) when (e is ZendeskForbiddenException or ZendeskNotFoundException)
        {
            return e;
        }
    }

    private async Task<long?> FirstIdAsync(StreamDefinition parent, CancellationToken cancellationToken)
    {
        using var page = await GetAsync(parent, parent.Path, cancellationToken);
        if (page?.RootElement.TryGetProperty(parent.RecordsKey, out var records) == true
            && records.ValueKind == JsonValueKind.Array
            && records.GetArrayLength() > 0)
        {
            return PageFields.Int64(records[0], "id");
        }

        return null;
    }

    /// <summary>One page of at most one record (as far as the paging style allows), or null for a Help Center stream when no brand has one.</summary>
    private async Task<JsonDocument?> GetAsync(StreamDefinition stream, string path, CancellationToken cancellationToken)
    {
        var budget = RequestBudget.Core;
        if (HelpCenterStreams.IsBrandScoped(stream))
        {
            _brands ??= await HelpCenterBrands.ReadOnceAsync(client, pageSize, log, clock, cancellationToken);
            if (_brands.Count == 0)
            {
                return null;
            }

            path = _brands[0].Url + path;
            budget = RequestBudget.HelpCenter;
        }

        var since = (clock.GetUtcNow() - TimeSpan.FromHours(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var url = stream.Paging switch
        {
            PagingStyle.Cursor => Query.Build(path, ("page[size]", "1")),
            PagingStyle.Offset => Query.Build(path, ("per_page", "1")),
            PagingStyle.TimeExport => Query.Build(path, ("start_time", since)),
            PagingStyle.CursorExport => Query.Build(path, ("start_time", "0"), ("per_page", "1")),
            _ => path,
        };
        if (stream.Paging is PagingStyle.TimeExport or PagingStyle.CursorExport)
        {
            budget = RequestBudget.Incremental;
        }

        return await client.GetJsonAsync(url, budget, cancellationToken);
    }
}
