using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Data.HelpCenter;

namespace Zendesk.Simulator.Hosting;

/// <summary>
/// Gives each brand's help center a host of its own, as Zendesk serves a brand at its own subdomain:
/// the default brand answers on the simulator's address, every other brand with a help center on a
/// loopback port of its own, and the brands list reports that address as the brand's <c>brand_url</c>.
/// A request's brand is the one whose port it came to.
/// </summary>
internal sealed class HelpCenterHosts(Account account)
{
    private readonly Dictionary<int, long> _brandByPort = [];
    private long _defaultBrand;

    /// <summary>The brands with a help center that need a port of their own: all but the default one.</summary>
    private IEnumerable<HelpCenterContent> OwnPorts() => account.HelpCenter.Brands.Skip(1);

    /// <summary>One extra loopback listener per brand with a help center besides the default one.</summary>
    public void Listen(KestrelServerOptions kestrel)
    {
        foreach (var _ in OwnPorts())
        {
            kestrel.Listen(IPAddress.Loopback, 0);
        }
    }

    /// <summary>Pairs the extra listeners (the addresses after the first, in listening order) with their brands.</summary>
    public void Bind(IReadOnlyList<string> addresses, string baseUrl)
    {
        var brands = account.HelpCenter.Brands;
        if (brands.Count == 0)
        {
            return;
        }

        _defaultBrand = brands[0].BrandId;
        SetBrandUrl(brands[0].BrandId, baseUrl);
        var i = 1;
        foreach (var brand in OwnPorts())
        {
            var address = addresses[i++].Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
            _brandByPort[new Uri(address).Port] = brand.BrandId;
            SetBrandUrl(brand.BrandId, address);
        }
    }

    /// <summary>The help center a request addresses, or null when the brand has none.</summary>
    public HelpCenterContent? Of(HttpContext context) =>
        account.HelpCenter.Of(_brandByPort.TryGetValue(context.Connection.LocalPort, out var brand) ? brand : _defaultBrand);

    private void SetBrandUrl(long brandId, string url)
    {
        var item = account.Catalog.Brands.First(b => b.Id == brandId);
        item.Body["brand_url"] = url;
    }
}
