namespace Zendesk.Simulator.Hosting;

/// <summary>Account settings a test may switch while the simulator runs.</summary>
internal sealed class SimulatorSettings(SimulatorOptions options)
{
    public ZendeskPlan Plan { get; set; } = options.Plan;

    public bool HighVolume { get; set; } = options.HighVolume;

    public bool TalkEnabled { get; set; } = options.TalkEnabled;

    public bool RateLimits { get; set; } = options.RateLimits;

    public int? RequestsPerMinute { get; set; } = options.RequestsPerMinute;

    /// <summary>When false every API request answers 404 "no help desk at this address".</summary>
    public bool AccountExists { get; set; } = true;

    /// <summary>When false create_or_update_many answers 403: Zendesk enables bulk imports on request only.</summary>
    public bool BulkImports { get; set; } = true;

    /// <summary>
    /// Whether an admin has activated Sunshine profiles and events; when false the events endpoints
    /// answer 403 with the plan restriction body, as an account without them does.
    /// </summary>
    public bool Profiles { get; set; } = true;

    /// <summary>The address every link and record url starts with; when null, the request's own (X-Forwarded-Proto, X-Forwarded-Host, Host).</summary>
    public Uri? PublicUrl { get; set; } = options.PublicUrl;

    public int AccountLimit => RequestsPerMinute ?? PlanRules.RequestsPerMinute(Plan, HighVolume);
}
