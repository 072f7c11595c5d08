using System.Globalization;

namespace Zendesk.Simulator.Hosting;

/// <summary>
/// Everything that shapes a simulated account. Sizes left null are derived from
/// <see cref="Tickets"/>. The same options always produce the same data.
/// </summary>
internal sealed record SimulatorOptions
{
    public int Seed { get; init; } = 42;

    public int Tickets { get; init; } = 1000;

    public int? Users { get; init; }

    public int? Agents { get; init; }

    public int? Organizations { get; init; }

    public int? Groups { get; init; }

    /// <summary>How many tickets share one generated_timestamp second (for page-boundary tests).</summary>
    public int SameSecondTickets { get; init; }

    /// <summary>Share of tickets handled by AI agents (hidden unless support_type_scope=all).</summary>
    public double AiAgentTicketShare { get; init; }

    /// <summary>Share of tickets that are deleted when the account starts.</summary>
    public double DeletedTicketShare { get; init; } = 0.01;

    /// <summary>Years of history before the clock's start.</summary>
    public int HistoryYears { get; init; } = 3;

    public ZendeskPlan Plan { get; init; } = ZendeskPlan.Enterprise;

    public bool HighVolume { get; init; }

    public bool TalkEnabled { get; init; } = true;

    public bool RateLimits { get; init; } = true;

    /// <summary>Overrides the plan's account requests per minute.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>How many times faster than real time the limiter's minute passes (60 → one-second minutes).</summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>
    /// Work time a background job spends per item (milliseconds; see <see cref="Jobs.WorkClock"/>):
    /// a 100-user job takes 0.2 s by default. 0 completes a job as soon as it is queued.
    /// </summary>
    public double JobItemMilliseconds { get; init; } = 2;

    /// <summary>Where a clock that is not running stands unless told otherwise; the tests' data is laid out before it.</summary>
    public static readonly DateTimeOffset FrozenClockStart = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly DateTimeOffset? _clockStart;

    // A running clock starts at the wall clock, so that the simulator's "now" is its clients' "now"
    // (clients stop an export when end_time comes within minutes of their own clock).
    private readonly DateTimeOffset _wallClock = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());

    /// <summary>
    /// Where the simulated clock starts: as given, or else the wall clock (whole seconds, taken when
    /// the options were made) for a running clock and <see cref="FrozenClockStart"/> for a still one.
    /// </summary>
    public DateTimeOffset ClockStart
    {
        get => _clockStart ?? (ClockRunning ? _wallClock : FrozenClockStart);
        init => _clockStart = value;
    }

    /// <summary>When true the simulated clock follows the wall clock from <see cref="ClockStart"/>.</summary>
    public bool ClockRunning { get; init; }

    /// <summary>
    /// The address clients reach the simulator at (e.g. https://acme.example behind a TLS front); when
    /// set, every link and record url starts with it, whatever the request's headers say.
    /// </summary>
    public Uri? PublicUrl { get; init; }

    public string Subdomain { get; init; } = "simulator";

    public string Email { get; init; } = "admin@simulator.example";

    public string ApiToken { get; init; } = "sim-api-token-0123456789abcdef";

    public string AccessToken { get; init; } = "sim-oauth-access-0123456789abcdef";

    public string RefreshToken { get; init; } = "sim-oauth-refresh-0123456789abcdef";

    public string ClientId { get; init; } = "zendesk-simulator";

    public string ClientSecret { get; init; } = "sim-client-secret";

    /// <summary>Scopes of the OAuth access token, space separated.</summary>
    public string OAuthScopes { get; init; } = "read write";

    /// <summary>When set, OAuth access tokens expire this long (simulated time) after they are issued.</summary>
    public TimeSpan? AccessTokenLifetime { get; init; }

    /// <summary>
    /// How long (simulated time) an access token of the client_credentials grant lasts unless the
    /// request asks for less: Zendesk's default for clients made since 2026-04-30 is 30 minutes.
    /// </summary>
    public TimeSpan ClientTokenLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest life Zendesk gives an access token (48 hours).</summary>
    public const int MaxTokenLifetimeSeconds = 172_800;

    /// <summary>The real-time clock of the rate limiter and of the jobs' work (real time unless a test passes a fake one).</summary>
    public TimeProvider? LimiterTime { get; init; }

    /// <summary>Reads the standalone program's options (<c>--seed 42 --tickets 10000 --plan growth ...</c>).</summary>
    public static SimulatorOptions FromConfiguration(IConfiguration configuration)
    {
        var defaults = new SimulatorOptions();
        var options = new SimulatorOptions
        {
            Seed = Int(configuration, "seed") ?? defaults.Seed,
            Tickets = Int(configuration, "tickets") ?? defaults.Tickets,
            Users = Int(configuration, "users"),
            Agents = Int(configuration, "agents"),
            Organizations = Int(configuration, "organizations"),
            Groups = Int(configuration, "groups"),
            SameSecondTickets = Int(configuration, "same-second-tickets") ?? 0,
            AiAgentTicketShare = Double(configuration, "ai-agent-share") ?? 0,
            DeletedTicketShare = Double(configuration, "deleted-share") ?? defaults.DeletedTicketShare,
            HistoryYears = Int(configuration, "history-years") ?? defaults.HistoryYears,
            Plan = configuration["plan"] is { } plan ? ParsePlan(plan) : defaults.Plan,
            HighVolume = Bool(configuration, "high-volume") ?? false,
            TalkEnabled = Bool(configuration, "talk") ?? true,
            RateLimits = Bool(configuration, "rate-limits") ?? true,
            RequestsPerMinute = Int(configuration, "requests-per-minute"),
            TimeScale = Double(configuration, "time-scale") ?? 1,
            JobItemMilliseconds = Double(configuration, "job-item-ms") is { } itemMs ? JobItemTime(itemMs) : defaults.JobItemMilliseconds,
            ClockRunning = Bool(configuration, "clock-running") ?? true,
            Subdomain = configuration["subdomain"] ?? defaults.Subdomain,
            AccessTokenLifetime = Int(configuration, "token-lifetime-seconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            ClientTokenLifetime = Int(configuration, "client-token-lifetime") is { } clientSeconds ? ClientLifetime(clientSeconds) : defaults.ClientTokenLifetime,
            PublicUrl = configuration["public-url"] is { } url ? ParsePublicUrl(url) : null,
        };

        // Only a start that is given replaces the default, which depends on whether the clock runs.
        return configuration["clock-start"] is { } start
            ? options with { ClockStart = DateTimeOffset.Parse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) }
            : options;
    }

    public static Uri ParsePublicUrl(string text) =>
        Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0
            ? url
            : throw new ArgumentException($"--public-url: '{text}' is not an http or https address.", nameof(text));

    public static ZendeskPlan ParsePlan(string text) => text.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
    {
        "TEAM" => ZendeskPlan.Team,
        "GROWTH" => ZendeskPlan.Growth,
        "PROFESSIONAL" => ZendeskPlan.Professional,
        "ENTERPRISE" => ZendeskPlan.Enterprise,
        "ENTERPRISEPLUS" => ZendeskPlan.EnterprisePlus,
        _ => throw new ArgumentException($"--plan: unknown plan '{text}' (team, growth, professional, enterprise, enterprise_plus).", nameof(text)),
    };

    private static double JobItemTime(double milliseconds) =>
        milliseconds is >= 0 and <= 60_000
            ? milliseconds
            : throw new ArgumentException($"--job-item-ms: {milliseconds} is not between 0 and 60000 milliseconds.");

    private static TimeSpan ClientLifetime(int seconds) =>
        seconds is > 0 and <= MaxTokenLifetimeSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"--client-token-lifetime: {seconds} is not between 1 and {MaxTokenLifetimeSeconds} seconds (48 hours, the longest Zendesk allows).");

    private static int? Int(IConfiguration configuration, string key) =>
        configuration[key] is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"--{key}: '{text}' is not an integer.")
            : null;

    private static double? Double(IConfiguration configuration, string key) =>
        configuration[key] is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"--{key}: '{text}' is not a number.")
            : null;

    private static bool? Bool(IConfiguration configuration, string key) =>
        configuration[key] is { } text
            ? bool.TryParse(text, out var value) ? value : throw new ArgumentException($"--{key}: '{text}' is not true or false.")
            : null;
}
