using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Limits;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Zendesk Talk beyond its phone numbers: the call and leg exports, the stats snapshots and the
/// Talk set-up lists, all answering 404 while Talk is not enabled.
/// </summary>
internal static class TalkEndpoints
{
    /// <summary>Zendesk documents no page size for the Talk exports; the simulator returns this many, whole seconds kept together.</summary>
    public const int ExportPageSize = 1000;

    private const string Voice = "/api/v2/channels/voice/";

    public static void Map(WebApplication app, SimulatorHost host)
    {
        var talk = host.Account.Talk;
        List(app, host, "addresses", "addresses", talk.Addresses);
        List(app, host, "greetings", "greetings", talk.Greetings);
        List(app, host, "greeting_categories", "greeting_categories", talk.GreetingCategories);
        List(app, host, "ivr", "ivrs", talk.Ivrs);
        List(app, host, "lines", "lines", talk.Lines);
        Get(app, "settings", null, context =>
            Responses.Json(context, host.Account, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("settings");
                talk.Settings.WriteTo(w);
                w.WriteEndObject();
            }));
        Get(app, "stats/current_queue_activity", null, context =>
            Responses.Json(context, host.Account, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("current_queue_activity");
                TalkStatsJson.WriteQueue(w, host.Account, host.Account.Clock.NowSeconds);
                w.WriteEndObject();
            }));
        Get(app, "stats/agents_activity", null, context =>
            ListServer.Serve(context, host, "agents_activity", Voice + "stats/agents_activity.json", ListPaging.OffsetOnly, _ =>
            {
                var now = host.Account.Clock.NowSeconds;
                var totals = TalkStatsJson.AgentTotals(host.Account, now);
                return new ListSource(host.Account.Shape.Agents, a => a, (w, a) => TalkStatsJson.WriteAgent(w, host.Account, a, totals, now));
            }));
        Get(app, "stats/incremental/calls", RateBucket.IncrementalExports, context =>
            Export(context, host, "calls", (w, call) => TalkJson.WriteCall(w, talk.Calls, call, host.Account.Shape.Seed)));
        Get(app, "stats/incremental/legs", RateBucket.IncrementalExports, context =>
            Export(context, host, "legs", (w, call) =>
            {
                for (var leg = 0; leg < call.Legs; leg++)
                {
                    TalkJson.WriteLeg(w, call, leg, host.Account.Shape.Agents);
                }
            }));
    }

    private static void Get(WebApplication app, string path, string? bucket, RequestDelegate handler) =>
        ApiMap.Get(app, Voice + path, i => i with { Feature = PlanRules.Talk, Bucket = bucket, List = bucket is null }, handler);

    private static void List(WebApplication app, SimulatorHost host, string path, string key, IReadOnlyList<CatalogItem> items) =>
        Get(app, path, null, context =>
            ListServer.Serve(context, host, key, Voice + path + ".json", ListPaging.OffsetOnly, ctx =>
                ListSource.Of(items, item => item.Id, (w, item) => CatalogJson.Write(w, ctx, item))));

    /// <summary>
    /// A Talk incremental export: calls changed at or after start_time, oldest first, up to the
    /// freshness floor. Unlike Support's exports there is no end_of_stream: next_page is always
    /// there (start_time = end_time, the last second returned) and count tells whether more came.
    /// Legs change with their call, so a legs page holds every leg of the calls it reaches.
    /// </summary>
    private static Task Export(HttpContext context, SimulatorHost host, string key, Action<Utf8JsonWriter, TalkCall> write)
    {
        var account = host.Account;
        var start = QueryArgs.UnixTime(context, "start_time")
            ?? throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("start_time is required"));
        var calls = account.Talk.Calls;
        var page = new List<TalkCall>();
        var count = 0;
        var endTime = start;
        return Responses.Records(
            context,
            account,
            w =>
            {
                var floor = account.ExportFloor;
                for (var n = calls.FirstAtOrAfter(start); ; n++)
                {
                    var call = calls.Get(n);
                    if (call.Updated > floor || (count >= ExportPageSize && call.Updated > endTime))
                    {
                        break;
                    }

                    page.Add(call);
                    count += key == "legs" ? call.Legs : 1;
                    endTime = call.Updated;
                }

                w.WriteStartObject();
                w.WriteStartArray(key);
                return page.Count;
            },
            (w, i) => write(w, page[i]),
            w =>
            {
                w.WriteEndArray();
                w.WriteString("next_page", Links.Build(context, Voice + "stats/incremental/" + key + ".json", new Dictionary<string, string> { ["start_time"] = endTime.ToString(CultureInfo.InvariantCulture) }));
                w.WriteNull("previous_page");
                w.WriteNumber("count", count);
                w.WriteNumber("end_time", endTime);
                w.WriteEndObject();
            });
    }
}
