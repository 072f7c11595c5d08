using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Sunshine events (Zendesk's Events API reference): tracking against a
/// profile, or against a known user and a profile, answers 202 Accepted with
/// {"profile_id","status":"received","user_id"}; the events come back by profile identifier query or
/// by user. Refusals use the JSON:API error style of Sunshine.
/// </summary>
internal static partial class EventEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Write(app, HttpMethods.Post, "/api/v2/user_profiles/events", i => i with { Scope = "users", Feature = PlanRules.Profiles }, async context =>
        {
            var tracked = account.Sunshine.Track(Parse(await Body(context)));
            await Accepted(context, account, tracked);
        });

        ApiMap.Write(app, HttpMethods.Post, "/api/v2/users/{user_id:long}/events", i => i with { Scope = "users", Feature = PlanRules.Profiles }, async context =>
        {
            var userId = ListEndpoints.RouteId(context, "user_id");
            var parsed = Parse(await Body(context));
            ProfileEvent tracked;
            try
            {
                tracked = account.Sunshine.Track(parsed, userId);
            }
            catch (RecordMissingException)
            {
                throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.SunshineNotFound("User not found"));
            }

            await Accepted(context, account, tracked);
        });

        MapReads(app, host);
    }

    private static async Task<JsonElement> Body(HttpContext context)
    {
        try
        {
            return await RequestBody.ReadObject(context);
        }
        catch (ApiException)
        {
            throw Invalid("The request body is not a JSON object.");
        }
    }

    // Zendesk's reference gives the user id as a string here.
    private static Task Accepted(HttpContext context, Account account, ProfileEvent tracked) =>
        Responses.Json(
            context,
            account,
            w =>
            {
                w.WriteStartObject();
                w.WriteString("profile_id", tracked.ProfileId);
                w.WriteString("status", "received");
                w.WriteString("user_id", tracked.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndObject();
            },
            StatusCodes.Status202Accepted);
}
