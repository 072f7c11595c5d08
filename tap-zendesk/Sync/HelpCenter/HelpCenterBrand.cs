namespace Zendesk.Singer.Tap.Sync.HelpCenter;

/// <summary>A brand with a help center, and the address its Help Center API answers at (its <c>brand_url</c>).</summary>
internal sealed record HelpCenterBrand(long Id, string Url);
