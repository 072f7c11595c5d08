using System.Text.Json;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

internal static partial class AdminEndpoints
{
    private static void MapControls(WebApplication app, SimulatorHost host)
    {
        app.MapPost("/__admin/faults", async context =>
        {
            host.Faults.Add(Fault(await Body(context, SimulatorJsonContext.Default.AdminFault)));
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        app.MapDelete("/__admin/faults", context => Done(context, host.Faults.Clear));
        app.MapPut("/__admin/settings", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminSettings);
            var settings = host.Settings;
            settings.Plan = body.Plan is { } plan ? SimulatorOptions.ParsePlan(plan) : settings.Plan;
            settings.HighVolume = body.HighVolume ?? settings.HighVolume;
            settings.AccountExists = body.AccountExists ?? settings.AccountExists;
            settings.RateLimits = body.RateLimits ?? settings.RateLimits;
            settings.TalkEnabled = body.TalkEnabled ?? settings.TalkEnabled;
            settings.RequestsPerMinute = body.RequestsPerMinute ?? settings.RequestsPerMinute;
            settings.BulkImports = body.BulkImports ?? settings.BulkImports;
            settings.Profiles = body.Profiles ?? settings.Profiles;
            await State(context, host);
        });
        app.MapPost("/__admin/oauth/expire", context => Done(context, host.Credentials.ExpireAccessToken));
        app.MapGet("/__admin/requests", context => Responses.Json(context, host.Account, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", host.Requests.Total);
            Counts(w, "endpoints", host.Requests.Endpoints());
            Counts(w, "buckets", host.Requests.Buckets());
            Counts(w, "statuses", host.Requests.Statuses().ToDictionary(p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Value));
            w.WriteNumber("dropped", host.Requests.Dropped);
            w.WriteNumber("truncated", host.Requests.Truncated);
            w.WriteStartObject("tokens");
            Counts(w, "issued", host.Requests.IssuedTokens());
            Counts(w, "refused", host.Requests.RefusedTokens());
            w.WriteEndObject();
            w.WriteEndObject();
        }));
        app.MapDelete("/__admin/requests", context => Done(context, () =>
        {
            host.Requests.Reset();
            host.Limiter.Reset();
        }));
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(key, count);
        }

        w.WriteEndObject();
    }

    private static Task State(HttpContext context, SimulatorHost host) => Responses.Json(context, host.Account, w =>
    {
        var account = host.Account;
        w.WriteStartObject();
        w.WriteString("base_url", host.BaseUrl);
        w.WriteString("now", account.Clock.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("now_epoch", account.Clock.NowSeconds);
        w.WriteNumber("tickets", account.TicketCount);
        w.WriteNumber("users", account.UserCount);
        w.WriteNumber("organizations", account.OrganizationCount);
        w.WriteNumber("change_sequence", account.ChangeLog.Sequence);
        w.WriteString("plan", host.Settings.Plan.ToString());
        w.WriteBoolean("high_volume", host.Settings.HighVolume);
        w.WriteBoolean("account_exists", host.Settings.AccountExists);
        w.WriteBoolean("rate_limits", host.Settings.RateLimits);
        w.WriteNumber("requests_per_minute", host.Settings.AccountLimit);
        w.WriteBoolean("bulk_imports", host.Settings.BulkImports);
        w.WriteBoolean("profiles", host.Settings.Profiles);
        w.WriteStartObject("credentials");
        w.WriteString("subdomain", host.Options.Subdomain);
        w.WriteString("email", host.Credentials.Email);
        w.WriteString("api_token", host.Credentials.ApiToken);
        w.WriteString("access_token", host.Credentials.AccessToken);
        w.WriteString("refresh_token", host.Credentials.RefreshToken);
        w.WriteString("client_id", host.Credentials.ClientId);
        w.WriteString("client_secret", host.Credentials.ClientSecret);
        w.WriteNumber("client_token_lifetime", (long)host.Credentials.ClientTokenLifetime.TotalSeconds);
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
