using Zendesk.Simulator.Data.Routing;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Limits;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Skill-based routing beyond the attribute lists: the condition definitions and the incremental
/// export of agents' instance values. Both need Enterprise.
/// </summary>
internal static class RoutingEndpoints
{
    /// <summary>Zendesk's most records a page of the skill-based routing exports.</summary>
    public const int ExportPageSize = 3000;

    private const string InstanceValues = "/api/v2/incremental/routing/instance_values";

    public static void Map(WebApplication app, SimulatorHost host)
    {
        ApiMap.Get(app, "/api/v2/routing/attributes/definitions", i => i with { Feature = PlanRules.Routing }, context =>
            Responses.Json(context, host.Account, RoutingJson.WriteDefinitions));
        ApiMap.Get(app, InstanceValues, i => i with { Feature = PlanRules.Routing, Bucket = RateBucket.IncrementalExports }, context => Export(context, host));
    }

    /// <summary>
    /// The events after the cursor (from the beginning without one), up to a page; changes of the last
    /// minute wait, as in every export. The next page's cursor names the last event; a page past the
    /// end is empty (<c>count</c> 0) and points at itself again, which is how a client knows it is done.
    /// </summary>
    private static Task Export(HttpContext context, SimulatorHost host)
    {
        var account = host.Account;
        SkillCursor? after = null;
        if (QueryArgs.Text(context, "cursor") is { } text)
        {
            after = SkillCursor.Parse(text) ?? throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidParameter("cursor", "is not a valid cursor"));
        }

        var page = new List<SkillEvent>();
        return Responses.Records(
            context,
            account,
            w =>
            {
                foreach (var e in account.RoutingSkills.Events(account.ExportFloor))
                {
                    if (after is { } cursor && e.Position.CompareTo(cursor) <= 0)
                    {
                        continue;
                    }

                    page.Add(e);
                    if (page.Count == ExportPageSize)
                    {
                        break;
                    }
                }

                w.WriteStartObject();
                w.WriteStartArray("instance_values");
                return page.Count;
            },
            (w, i) => RoutingJson.WriteInstanceValue(w, page[i]),
            w =>
            {
                w.WriteEndArray();
                var last = page.Count > 0 ? page[^1].Position : after;
                var next = last is { } position ? new Dictionary<string, string> { ["cursor"] = position.ToString() } : new Dictionary<string, string>();
                w.WriteString("next_page", Links.Build(context, InstanceValues, next));
                w.WriteNumber("count", page.Count);
                w.WriteNumber("end_time", page.Count > 0 ? page.Max(e => e.Time) : last?.ListedAt ?? account.ExportFloor);
                w.WriteEndObject();
            });
    }
}
