using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Sync.HelpCenter;

/// <summary>
/// Which streams of the table belong to a brand's help center: those of the Help Center, community
/// and Guide APIs, which Zendesk serves per brand at the brand's own host.
/// </summary>
internal static class HelpCenterStreams
{
    private static readonly string[] Prefixes = ["/api/v2/help_center/", "/api/v2/community/", "/api/v2/guide/"];

    public static bool IsBrandScoped(StreamDefinition stream) =>
        Prefixes.Any(p => stream.Path.StartsWith(p, StringComparison.Ordinal));
}
