using System.Reflection;
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

    private static string Version
    {
        get
        {
            var version = typeof(AboutTap).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }
}
