using Zendesk.Singer.Destination.Configuration;
using Zendesk.Singer.Protocol.About;

namespace Zendesk.Singer.Destination.Cli;

internal static class AboutTarget
{
    public const string Name = "target-zendesk";

    public static string Version { get; } = ProgramVersion.Of(typeof(AboutTarget).Assembly);

    public static AboutInfo Info { get; } = new(
        Name,
        "Writes Segment-shaped identify, group and track records into a Zendesk Support account: users, organizations, memberships and profile events.",
        Version,
        ["about"],
        DestinationSettings.All);
}
