namespace Zendesk.Simulator.Hosting;

/// <summary>What each plan allows.</summary>
internal static class PlanRules
{
    public const string SlaPolicies = "sla_policies";
    public const string TicketForms = "ticket_forms";
    public const string SatisfactionRatings = "satisfaction_ratings";
    public const string CustomRoles = "custom_roles";
    public const string AuditLogs = "audit_logs";
    public const string CustomFields = "custom_fields";
    public const string Talk = "talk";
    public const string Schedules = "schedules";

    /// <summary>Side conversations: Suite Growth and up, or Support Professional with the Collaboration add-on.</summary>
    public const string SideConversations = "side_conversations";

    /// <summary>The help center community (topics, posts): Guide Professional, part of Suite Growth and up.</summary>
    public const string Community = "community";

    /// <summary>User segments and permission groups: restricted content, Guide Professional (Suite Growth) and up.</summary>
    public const string GuideAccess = "guide_access";

    // Account configuration.
    public const string DynamicContent = "dynamic_content";
    public const string TriggerRevisions = "trigger_revisions";
    public const string GroupSlas = "group_slas";
    public const string Workspaces = "workspaces";
    public const string Routing = "routing";

    /// <summary>Sunshine profiles and events: on Suite Team and above, once an admin activates them.</summary>
    public const string Profiles = "profiles";

    public static int RequestsPerMinute(ZendeskPlan plan, bool highVolume) => plan switch
    {
        ZendeskPlan.EnterprisePlus => 2500,
        _ when highVolume && plan >= ZendeskPlan.Growth => 2500,
        ZendeskPlan.Team => 200,
        ZendeskPlan.Enterprise => 700,
        _ => 400,
    };

    public static int ExportsPerMinute(bool highVolume) => highVolume ? 30 : 10;

    public static int CursorExportsPerMinute(bool highVolume) => highVolume ? 60 : 20;

    /// <summary>The sample export allows this many requests per <see cref="SampleWindow"/>, High Volume or not.</summary>
    public const int SampleRequests = 10;

    public static readonly TimeSpan SampleWindow = TimeSpan.FromMinutes(20);

    public static bool Allows(SimulatorSettings settings, string feature) => feature switch
    {
        CustomRoles or AuditLogs => settings.Plan >= ZendeskPlan.Enterprise,
        TriggerRevisions or GroupSlas or Workspaces or Routing => settings.Plan >= ZendeskPlan.Enterprise,
        DynamicContent => settings.Plan >= ZendeskPlan.Professional,
        Talk => settings.TalkEnabled,

        // Every plan the simulator knows includes them (Zendesk: "Suite Team plan and above"), so only
        // the activation switch withholds them.
        Profiles => settings.Profiles,
        _ => settings.Plan >= ZendeskPlan.Growth,
    };
}
