using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.About;

namespace Zendesk.Singer.Destination.Configuration;

/// <summary>
/// Every config key the target understands, with its default: the one source of <c>--about</c>, of the
/// unknown-key warning and of the defaults the config reader fills in.
/// </summary>
internal static class DestinationSettings
{
    public const string IdentifyStream = "identify_stream";
    public const string GroupStream = "group_stream";
    public const string TrackStream = "track_stream";
    public const string CreateUsersAsVerified = "create_users_as_verified";
    public const string RemoveUsersFromOrganizations = "remove_users_from_organizations";
    public const string SendGroupCallsWithoutUserId = "send_group_calls_without_user_id";
    public const string Events = "events";
    public const string CreateMissingFields = "create_missing_fields";
    public const string ProfileSource = "profile_source";
    public const string ProfileType = "profile_type";
    public const string RejectsFile = "rejects_file";
    public const string MaxRejects = "max_rejects";
    public const string RoundSize = "round_size";
    public const string EventsPerRound = "events_per_round";
    public const string MaxJobs = "max_jobs";
    public const string Parallelism = "parallel_requests";

    public const string DefaultScope = "read write";
    public const string DefaultIdentifyStream = "identifies";
    public const string DefaultGroupStream = "groups";
    public const string DefaultTrackStream = "tracks";
    public const string DefaultProfileSource = "singer";
    public const string DefaultProfileType = "customer";
    public const string DefaultRejectsFile = "target-zendesk-rejects.jsonl";
    public const int DefaultRoundSize = 20_000;
    public const int DefaultEventsPerRound = 100;

    /// <summary>Zendesk's limit of background jobs queued or working per account.</summary>
    public const int ZendeskJobLimit = 30;

    public const int DefaultParallelism = 8;

    public static readonly IReadOnlyList<SettingInfo> All =
    [
        .. ConnectionSettings.All(DefaultScope),
        new(IdentifyStream, "string", "The stream whose records are identify calls (users).", Default: DefaultIdentifyStream),
        new(GroupStream, "string", "The stream whose records are group calls (organizations and memberships).", Default: DefaultGroupStream),
        new(TrackStream, "string", "The stream whose records are track calls (profile events).", Default: DefaultTrackStream),
        new(CreateUsersAsVerified, "boolean", "Create and update users as verified, so that Zendesk sends them no verification email.", Default: false),
        new(RemoveUsersFromOrganizations, "boolean", "An identify whose traits.company has remove: true takes the user out of the organization whose external_id is company.id.", Default: false),
        new(SendGroupCallsWithoutUserId, "boolean", "A group call without userId still creates or updates its organization (otherwise it is rejected).", Default: false),
        new(Events, "array", "The track event names sent to Zendesk as profile events; tracks of other names are skipped and counted.", Default: new System.Text.Json.Nodes.JsonArray()),
        new(CreateMissingFields, "boolean", "A custom trait with no user or organization field of its key creates that field (text, checkbox, integer or decimal, after its value) instead of being reported and left out.", Default: false),
        new(ProfileSource, "string", "The source of the profile and of each event sent for a track call.", Default: DefaultProfileSource),
        new(ProfileType, "string", "The type of the profile events are recorded on.", Default: DefaultProfileType),
        new(RejectsFile, "string", "The JSON-lines file that receives each record refused, by the mapping or by Zendesk, with its input line, stream and the reason.", Default: DefaultRejectsFile),
        new(MaxRejects, "integer", "Fail the run (exit 1) once more records than this are rejected. Default: no limit."),
        new(RoundSize, "integer", "Records per round: a round that holds this many ends at the next STATE, which goes out once every write of the round is confirmed.", Default: DefaultRoundSize),
        new(EventsPerRound, "integer", "Track events per round: Zendesk records an event each time it is sent, so the fewer per round, the fewer a resumed run may send twice.", Default: DefaultEventsPerRound),
        new(MaxJobs, "integer", "Background jobs (100 users each) in flight at once; Zendesk allows 30 per account, shared with its other integrations.", Default: ZendeskJobLimit),
        new(Parallelism, "integer", "Single-record requests (organizations, memberships, events) in flight at once.", Default: DefaultParallelism),
    ];

    public static bool IsKnown(string key) => All.Any(s => s.Name == key);
}
