using Zendesk.Singer.Connection;

namespace Zendesk.Singer.Destination.Configuration;

/// <summary>The target's settings, validated once when the config file is read.</summary>
internal sealed record DestinationConfig
{
    public required ZendeskConnection Connection { get; init; }

    public string IdentifyStream { get; init; } = DestinationSettings.DefaultIdentifyStream;

    public string GroupStream { get; init; } = DestinationSettings.DefaultGroupStream;

    public string TrackStream { get; init; } = DestinationSettings.DefaultTrackStream;

    public bool CreateUsersAsVerified { get; init; }

    public bool RemoveUsersFromOrganizations { get; init; }

    public bool SendGroupCallsWithoutUserId { get; init; }

    /// <summary>Track event names that are sent; any other is skipped.</summary>
    public IReadOnlySet<string> Events { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool CreateMissingFields { get; init; }

    public string ProfileSource { get; init; } = DestinationSettings.DefaultProfileSource;

    public string ProfileType { get; init; } = DestinationSettings.DefaultProfileType;

    public string RejectsFile { get; init; } = DestinationSettings.DefaultRejectsFile;

    public long? MaxRejects { get; init; }

    public int RoundSize { get; init; } = DestinationSettings.DefaultRoundSize;

    public int EventsPerRound { get; init; } = DestinationSettings.DefaultEventsPerRound;

    public int MaxJobs { get; init; } = DestinationSettings.ZendeskJobLimit;

    public int Parallelism { get; init; } = DestinationSettings.DefaultParallelism;
}
