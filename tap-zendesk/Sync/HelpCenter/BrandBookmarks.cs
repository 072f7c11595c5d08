using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync.HelpCenter;

/// <summary>
/// A Help Center stream's bookmark holds one position per brand, under <c>brands</c> by brand id:
/// <c>{"brands": {"360001": {"updated_at": "...", "boundary_ids": [...]}}}</c>. A brand without one
/// (added since the last run) starts at start_date.
/// </summary>
internal static class BrandBookmarks
{
    public const string Brands = "brands";

    public static TimePosition Read(SyncContext context, StreamOutput output, long brandId)
    {
        var start = context.Config.StartDate;
        if (output.FullTable)
        {
            return TimePosition.At(start.ToUnixTimeSeconds());
        }

        var bookmark = context.Group.Bookmark(output.Name)?[Brands]?[Key(brandId)] as JsonObject;
        return TimePosition.FromBookmark(bookmark, output.Definition.ReplicationKey!, start);
    }

    public static void Write(SyncContext context, StreamOutput output, long brandId, TimePosition position)
    {
        if (output.FullTable)
        {
            return;
        }

        var bookmark = context.Group.Bookmark(output.Name) ?? [];
        if (bookmark[Brands] is not JsonObject brands)
        {
            brands = [];
            bookmark[Brands] = brands;
        }

        brands[Key(brandId)] = position.ToBookmark(output.Definition.ReplicationKey!);
        context.Group.Set(output.Name, bookmark);
    }

    private static string Key(long brandId) => brandId.ToString(CultureInfo.InvariantCulture);
}
