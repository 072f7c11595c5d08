using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.HelpCenter;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary>
/// Finds the streams the account's plan or products leave out, so that discovery offers and a
/// connection test passes only what a sync can read. Each plan-gated stream is asked for one record of its endpoint; streams
/// that name the same plan feature share one question, and a child follows its parent. A stream whose
/// endpoint needs a parent's id is asked with the parent's first record, and stays in when there is
/// none. Help Center streams are asked on the first brand with a help center, since that is where a
/// sync reads them.
/// </summary>
/// <param name="since">Where a time-based export is asked from (the sync's start).</param>
internal sealed class PlanProbe(ZendeskClient client, int pageSize, long since, ProgramLog log, TimeProvider clock)
{
    private readonly Dictionary<string, string?> _byFeature = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _byStream = new(StringComparer.Ordinal);
    private IReadOnlyList<HelpCenterBrand>? _brands;

    /// <summary>The streams a sync could not read, each with why, in the order given.</summary>
    public async Task<IReadOnlyList<(string Stream, string Reason)>> UnavailableAsync(IEnumerable<StreamDefinition> streams, CancellationToken cancellationToken)
    {
        var unavailable = new List<(string, string)>();
        foreach (var stream in streams)
        {
            if (await WhyUnavailableAsync(stream, cancellationToken) is { } reason)
            {
                unavailable.Add((stream.Name, reason));
            }
        }

        return unavailable;
    }

    /// <summary>
    /// The first page of a stream whose endpoint stands alone (no parent id), at most one record where
    /// the paging style allows; null for a child, or a Help Center stream when no brand has one.
    /// </summary>
    public Task<JsonDocument?> FirstPageAsync(StreamDefinition stream, CancellationToken cancellationToken) =>
        stream.Path.Length == 0 || stream.Path.Contains("{id}", StringComparison.Ordinal)
            ? Task.FromResult<JsonDocument?>(null)
            : GetAsync(stream, stream.Path, cancellationToken);

    private async Task<string?> WhyUnavailableAsync(StreamDefinition stream, CancellationToken cancellationToken)
    {
        if (_byStream.TryGetValue(stream.Name, out var known))
        {
            return known;
        }

        string? reason = null;
        var parent = stream.Parent is { } parentName ? StreamTable.Get(parentName) : null;
        if (parent is not null && await WhyUnavailableAsync(parent, cancellationToken) is not null)
        {
            reason = $"its parent stream {parent.Name} is not available to this account";
        }
        else if (stream.PlanNote is { } feature && stream.Path.Length > 0 && parent?.PlanNote != feature)
        {
            if (!_byFeature.TryGetValue(feature, out reason))
            {
                reason = await AskAsync(stream, parent, cancellationToken) is { } refusal
                    ? $"Zendesk answered HTTP {refusal.StatusCode} for {refusal.Endpoint}; it needs {feature}"
                    : null;
                _byFeature[feature] = reason;
            }
            else if (reason is not null)
            {
                reason = $"the account lacks {feature}";
            }
        }

        _byStream[stream.Name] = reason;
        return reason;
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
        return FirstRecord(page, parent.RecordsKey) is { } first ? PageFields.Int64(first, "id") : null;
    }

    /// <summary>The first record of a page's records array, or null when there is none (or the page holds no objects).</summary>
    public static JsonElement? FirstRecord(JsonDocument? page, string recordsKey) =>
        page?.RootElement.TryGetProperty(recordsKey, out var records) == true
        && records.ValueKind == JsonValueKind.Array
        && records.GetArrayLength() > 0
        && records[0].ValueKind == JsonValueKind.Object
            ? records[0]
            : null;

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

        var url = stream.Paging switch
        {
            PagingStyle.Cursor => Query.Build(path, ("page[size]", "1")),
            PagingStyle.Offset => Query.Build(path, ("per_page", "1")),
            PagingStyle.TimeExport => Query.Build(path, ("start_time", since.ToString(CultureInfo.InvariantCulture))),
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
