using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Target.Configuration;

namespace Zendesk.Singer.Target.Cli;

internal static class TargetAbout
{
    public const string Name = "target-warehouse";

    public static string Version { get; } = ProgramVersion.Of(typeof(TargetAbout).Assembly);

    public static AboutInfo Info { get; } = new(
        Name,
        "Loads Singer streams into DuckDB (an embedded file, the default) or PostgreSQL: one table per stream, upserted by key, appended, or overwritten.",
        Version,
        ["about", "activate-version", "soft-delete", "hard-delete", "schema-flattening", "validate-records", "target-schema", "stream-maps"],
        TargetSettings.All);
}
