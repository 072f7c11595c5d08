using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>The tap's config for a run against the simulator; a test adds the settings it is about.</summary>
internal static class TapConfigs
{
    /// <summary>The simulator's address and credentials, a start date before any seeded record, and its plan's Help Center limit.</summary>
    public static JsonObject For(SimulatorHost simulator) => new()
    {
        ["subdomain"] = simulator.Options.Subdomain,
        ["base_url"] = simulator.BaseUrl,
        ["email"] = simulator.Credentials.Email,
        ["api_token"] = simulator.Credentials.ApiToken,
        ["start_date"] = "2020-01-01T00:00:00Z",

        // The simulator's plan (Enterprise) gives the Help Center 700 requests a minute, as it does Support.
        ["help_center_requests_per_minute"] = 700,
    };
}
