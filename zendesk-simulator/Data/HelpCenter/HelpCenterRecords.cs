namespace Zendesk.Simulator.Data.HelpCenter;

/// <summary>The help centers of the account, one per brand that has one.</summary>
internal sealed class HelpCenterRecords(IReadOnlyList<HelpCenterContent> brands)
{
    public IReadOnlyList<HelpCenterContent> Brands { get; } = brands;

    public HelpCenterContent? Of(long brandId) => Brands.FirstOrDefault(b => b.BrandId == brandId);
}
