using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync.HelpCenter;

/// <summary>
/// The brands whose help centers a run reads, from the account's brand list, read once per run
/// whichever Help Center stream asks first: active brands with <c>has_help_center</c>, in id order.
/// Each brand's host is admitted to the client, as the account itself names it; a brand whose address
/// is not of the configured scheme is left out with a warning rather than given the credentials.
/// </summary>
internal sealed class HelpCenterBrands
{
    private readonly Lock _gate = new();
    private Task<IReadOnlyList<HelpCenterBrand>>? _read;

    public Task<IReadOnlyList<HelpCenterBrand>> ReadAsync(SyncContext context, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Every group runs under the run's one token, so the first caller's is everyone's.
            return _read ??= ReadOnceAsync(context.Client, context.Config.ListPageSize, context.Log, context.Clock, cancellationToken);
        }
    }

    /// <summary>Reads the brands afresh; discovery, which has no run, asks this way.</summary>
    public static async Task<IReadOnlyList<HelpCenterBrand>> ReadOnceAsync(ZendeskClient client, int pageSize, ProgramLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var brands = new List<HelpCenterBrand>();
        var paginator = new CursorListPaginator("/api/v2/brands", "brands", pageSize);
        var stats = new StreamStats("brands");
        await foreach (var page in PageReader.ReadAsync(client, paginator, paginator.First(), RequestBudget.Core, stats, clock, cancellationToken))
        {
            foreach (var brand in PageFields.Array(page.Root, "brands").EnumerateArray())
            {
                if (Wanted(brand) is { } wanted)
                {
                    brands.Add(wanted);
                }
            }
        }

        var admitted = new List<HelpCenterBrand>();
        foreach (var brand in brands.OrderBy(b => b.Id))
        {
            try
            {
                client.AdmitAccountHost(new Uri(brand.Url));
                admitted.Add(brand);
            }
            catch (Exception e) when (e is ArgumentException or UriFormatException)
            {
                log.Warn($"brand {brand.Id}: its help center at {brand.Url} is not read: {e.Message}");
            }
        }

        return admitted;
    }

    private static HelpCenterBrand? Wanted(JsonElement brand)
    {
        if (!PageFields.IsTrue(brand, "has_help_center")
            || (brand.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.False)
            || PageFields.IsTrue(brand, "is_deleted")
            || PageFields.Int64(brand, "id") is not { } id
            || PageFields.String(brand, "brand_url") is not { Length: > 0 } url)
        {
            return null;
        }

        return new HelpCenterBrand(id, url.TrimEnd('/'));
    }
}
