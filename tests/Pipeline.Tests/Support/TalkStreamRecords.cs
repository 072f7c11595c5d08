using System.Text.Json.Nodes;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Json;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>What the account's Talk endpoints hold right now: calls and legs up to the export floor, the stats snapshots and the set-up.</summary>
internal static class TalkStreamRecords
{
    public static void Add(Dictionary<string, List<JsonObject>> streams, Account account, RenderContext ctx)
    {
        var talk = account.Talk;
        var calls = talk.Calls;
        var floor = account.ExportFloor;
        var agents = account.Shape.Agents;
        for (var n = 0L; ; n++)
        {
            var call = calls.Get(n);
            if (call.Updated > floor)
            {
                break;
            }

            streams["calls"].Add(Rendered.Object(w => TalkJson.WriteCall(w, calls, call, account.Shape.Seed)));
            for (var leg = 0; leg < call.Legs; leg++)
            {
                var which = leg;
                streams["call_legs"].Add(Rendered.Object(w => TalkJson.WriteLeg(w, call, which, agents)));
            }
        }

        var now = account.Clock.NowSeconds;
        var totals = TalkStatsJson.AgentTotals(account, now);
        for (var a = 0; a < agents; a++)
        {
            var agent = a;
            streams["talk_agents_activity"].Add(Rendered.Object(w => TalkStatsJson.WriteAgent(w, account, agent, totals, now)));
        }

        streams["talk_current_queue_activity"].Add(Rendered.Object(w => TalkStatsJson.WriteQueue(w, account, now)));
        streams["talk_settings"].Add(talk.Settings.DeepClone().AsObject());
        Catalog(streams["talk_addresses"], ctx, talk.Addresses);
        Catalog(streams["talk_greetings"], ctx, talk.Greetings);
        Catalog(streams["talk_greeting_categories"], ctx, talk.GreetingCategories);
        Catalog(streams["talk_ivrs"], ctx, talk.Ivrs);
        Catalog(streams["talk_lines"], ctx, talk.Lines);
    }

    private static void Catalog(List<JsonObject> records, RenderContext ctx, IReadOnlyList<CatalogItem> items)
    {
        foreach (var item in items)
        {
            records.Add(Rendered.Object(w => CatalogJson.Write(w, ctx, item)));
        }
    }
}
