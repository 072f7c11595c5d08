using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Destination.Configuration;

/// <summary>
/// Turns a config file into a <see cref="DestinationConfig"/>: defaults filled in, values checked, and
/// every problem reported once with the file and the key, never with the value.
/// </summary>
internal static class DestinationConfigReader
{
    /// <summary>Zendesk refuses a profile or event source longer than this.</summary>
    private const int MaxSourceLength = 40;

    public static DestinationConfig Read(ConfigFile file, ProgramLog log)
    {
        ConnectionReader.RegisterSecrets(file, log);
        var unknown = file.Keys.Where(k => !DestinationSettings.IsKnown(k)).ToList();
        if (unknown.Count > 0)
        {
            log.Warn($"config file '{file.Path}' has keys the target does not know; they are ignored", ("keys", string.Join(",", unknown)));
        }

        var config = new DestinationConfig
        {
            Connection = ConnectionReader.Read(file, log, DestinationSettings.DefaultScope),
            IdentifyStream = StreamName(file, DestinationSettings.IdentifyStream) ?? DestinationSettings.DefaultIdentifyStream,
            GroupStream = StreamName(file, DestinationSettings.GroupStream) ?? DestinationSettings.DefaultGroupStream,
            TrackStream = StreamName(file, DestinationSettings.TrackStream) ?? DestinationSettings.DefaultTrackStream,
            CreateUsersAsVerified = file.Boolean(DestinationSettings.CreateUsersAsVerified) ?? false,
            RemoveUsersFromOrganizations = file.Boolean(DestinationSettings.RemoveUsersFromOrganizations) ?? false,
            SendGroupCallsWithoutUserId = file.Boolean(DestinationSettings.SendGroupCallsWithoutUserId) ?? false,
            Events = ReadEvents(file),
            CreateMissingFields = file.Boolean(DestinationSettings.CreateMissingFields) ?? false,
            ProfileSource = Source(file, DestinationSettings.ProfileSource) ?? DestinationSettings.DefaultProfileSource,
            ProfileType = Source(file, DestinationSettings.ProfileType) ?? DestinationSettings.DefaultProfileType,
            RejectsFile = file.String(DestinationSettings.RejectsFile) is { Length: > 0 } rejects ? rejects : DestinationSettings.DefaultRejectsFile,
            MaxRejects = file.Integer(DestinationSettings.MaxRejects, 0),
            RoundSize = (int)(file.Integer(DestinationSettings.RoundSize, 1, 1_000_000) ?? DestinationSettings.DefaultRoundSize),
            EventsPerRound = (int)(file.Integer(DestinationSettings.EventsPerRound, 1, 100_000) ?? DestinationSettings.DefaultEventsPerRound),
            MaxJobs = (int)(file.Integer(DestinationSettings.MaxJobs, 1, DestinationSettings.ZendeskJobLimit) ?? DestinationSettings.ZendeskJobLimit),
            Parallelism = (int)(file.Integer(DestinationSettings.Parallelism, 1, 64) ?? DestinationSettings.DefaultParallelism),
        };
        var streams = new[] { config.IdentifyStream, config.GroupStream, config.TrackStream };
        if (streams.Distinct(StringComparer.Ordinal).Count() < streams.Length)
        {
            throw new ConfigurationException(
                $"config file '{file.Path}': \"{DestinationSettings.IdentifyStream}\", \"{DestinationSettings.GroupStream}\" and \"{DestinationSettings.TrackStream}\" must name three different streams");
        }

        return config;
    }

    private static string? StreamName(ConfigFile file, string key) => file.String(key) is { Length: > 0 } name ? name : null;

    private static string? Source(ConfigFile file, string key)
    {
        var value = file.String(key);
        if (value is null)
        {
            return null;
        }

        if (value.Length is 0 or > MaxSourceLength || string.Equals(value, "zendesk", StringComparison.OrdinalIgnoreCase))
        {
            throw new ConfigurationException(
                $"config file '{file.Path}': \"{key}\" must have 1 to {MaxSourceLength} characters and not be \"zendesk\", which Zendesk keeps for itself");
        }

        return value;
    }

    private static HashSet<string> ReadEvents(ConfigFile file)
    {
        var events = new HashSet<string>(StringComparer.Ordinal);
        if (file.Element(DestinationSettings.Events) is not { } element)
        {
            return events;
        }

        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || e.GetString()!.Length == 0))
        {
            throw new ConfigurationException($"config file '{file.Path}': \"{DestinationSettings.Events}\" must be a list of event names (non-empty strings)");
        }

        foreach (var name in element.EnumerateArray())
        {
            events.Add(name.GetString()!);
        }

        return events;
    }
}
