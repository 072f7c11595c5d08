using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// Writes the Talk stats snapshots: each agent's activity and the queue as they stand at
/// <c>now</c>, counted from the calls that ended since the start of that UTC day.
/// </summary>
internal static class TalkStatsJson
{
    private static readonly string[] States = ["online", "away", "offline", "online", "transfers_only"];

    /// <summary>Per-agent totals of the day's calls: accepted, missed, talk, hold and wrap-up seconds.</summary>
    public static long[,] AgentTotals(Account account, long now)
    {
        var calls = account.Talk.Calls;
        var totals = new long[account.Shape.Agents, 5];
        for (var n = calls.FirstAtOrAfter(now - (now % 86400)); ; n++)
        {
            var call = calls.Get(n);
            if (call.Updated > now)
            {
                break;
            }

            var a = call.Agent;
            totals[a, call.Answered ? 0 : 1]++;
            totals[a, 2] += call.Talk;
            totals[a, 3] += call.Hold;
            totals[a, 4] += call.WrapUp;
        }

        return totals;
    }

    public static void WriteAgent(Utf8JsonWriter w, Account account, int agent, long[,] totals, long now)
    {
        var seed = account.Shape.Seed;
        var accepted = totals[agent, 0];
        var state = States[(int)((agent + (now / 3600)) % States.Length)];
        var day = now % 86400;
        w.WriteStartObject();
        w.WriteNumber("agent_id", Ids.UserId(agent));
        w.WriteString("name", PersonText.FullName(seed, agent));
        w.WriteString("avatar_url", $"https://{account.Shape.Subdomain}.zendesk.com/system/photos/{Ids.UserId(agent)}/avatar.png");
        w.WriteString("agent_state", state);
        w.StringOrNull("call_status", state == "online" && accepted % 3 == 1 ? "on_call" : null);
        w.StringOrNull("via", state == "offline" ? null : "client");
        w.WriteNull("forwarding_number");
        w.WriteNumber("accepted_third_party_conferences", 0);
        w.WriteNumber("accepted_transfers", accepted / 10);
        w.WriteNumber("available_time", day * 6 / 10);
        w.WriteNumber("average_hold_time", accepted == 0 ? 0 : totals[agent, 3] / accepted);
        w.WriteNumber("average_talk_time", accepted == 0 ? 0 : totals[agent, 2] / accepted);
        w.WriteNumber("average_wrap_up_time", accepted == 0 ? 0 : totals[agent, 4] / accepted);
        w.WriteNumber("away_time", day / 10);
        w.WriteNumber("calls_accepted", accepted);
        w.WriteNumber("calls_denied", 0);
        w.WriteNumber("calls_missed", totals[agent, 1]);
        w.WriteNumber("calls_put_on_hold", totals[agent, 3] > 0 ? Math.Max(1, accepted / 3) : 0);
        w.WriteNumber("online_time", day * 7 / 10);
        w.WriteNumber("started_third_party_conferences", 0);
        w.WriteNumber("started_transfers", accepted / 10);
        w.WriteNumber("total_call_duration", totals[agent, 2] + totals[agent, 3]);
        w.WriteNumber("total_hold_time", totals[agent, 3]);
        w.WriteNumber("total_talk_time", totals[agent, 2]);
        w.WriteNumber("total_wrap_up_time", totals[agent, 4]);
        w.WriteNumber("transfers_only_time", 0);
        w.WriteEndObject();
    }

    public static void WriteQueue(Utf8JsonWriter w, Account account, long now)
    {
        // The queue moves every minute: a few callers wait during office hours, none at night.
        var minute = now / 60;
        var office = now % 86400 / 3600 is >= 8 and < 18;
        var waiting = office ? (int)(minute % 4) : 0;
        w.WriteStartObject();
        w.WriteNumber("agents_online", Math.Max(1, account.Shape.Agents * 2 / 5));
        w.WriteNumber("average_wait_time", waiting * 25);
        w.WriteNumber("callbacks_waiting", waiting / 2);
        w.WriteNumber("calls_waiting", waiting);
        w.WriteNumber("embeddable_callbacks_waiting", 0);
        w.WriteNumber("longest_wait_time", waiting * 40);
        w.WriteEndObject();
    }
}
