using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Tap.Configuration;

namespace Zendesk.Singer.Tap.Cli;

/// <summary>What <c>--about</c> says: the capabilities Meltano looks for and every config key.</summary>
internal static class AboutTap
{
    public static AboutInfo Info { get; } = new(
        "tap-zendesk",
        "Singer tap for the Zendesk Support API: every stream, exact incremental state, shared rate budgets.",
        Version,
        ["catalog", "discover", "state", "about", "activate-version", "test", "batch", "stream-maps"],
        TapSettings.All);

    private static string Version => ProgramVersion.Of(typeof(AboutTap).Assembly);
}
