using System.Reflection;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Target.Configuration;

namespace Zendesk.Singer.Target.Cli;

internal static class TargetAbout
{
    public const string Name = "target-warehouse";

    public static string Version { get; } = ReadVersion();

    public static AboutInfo Info { get; } = new(
        Name,
        "Loads Singer streams into DuckDB (an embedded file, the default) or PostgreSQL: one table per stream, upserted by key, appended, or overwritten.",
        Version,
        ["about"],
        TargetSettings.All);

    private static string ReadVersion()
    {
        var version = typeof(TargetAbout).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}
