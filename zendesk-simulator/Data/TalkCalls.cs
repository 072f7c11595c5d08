namespace Zendesk.Simulator.Data;

/// <summary>
/// The account's Talk calls: an endless, evenly spaced series that starts 30 days before the data's
/// end and keeps going, so calls keep ending (and appear in the exports) as the clock moves. Calls
/// are numbered in the order of their last change, so a start time maps to a call number directly.
/// </summary>
internal sealed class TalkCalls(AccountShape shape, int tickets, IReadOnlyList<long> phoneNumberIds)
{
    private static readonly string[] MissedStates = ["abandoned_in_queue", "abandoned_in_ivr", "agent_declined", "voicemail"];

    public const long History = 30 * 86400L;

    /// <summary>The export's first second.</summary>
    public long First { get; } = shape.DataEnd - History;

    /// <summary>Seconds between consecutive calls' last changes; one agent takes about four calls a day.</summary>
    public long Interval { get; } = Math.Max(60, 86400L / Math.Max(8, shape.Agents * 4));

    /// <summary>The first call whose last change is at or after <paramref name="seconds"/>.</summary>
    public long FirstAtOrAfter(long seconds)
    {
        if (seconds <= First)
        {
            return 0;
        }

        // Jitter stays below the interval, so call n changes in [First + n·Interval, First + (n+1)·Interval).
        var n = (seconds - First) / Interval;
        return Get(n).Updated >= seconds ? n : n + 1;
    }

    public TalkCall Get(long n)
    {
        var prng = new Prng(shape.Seed, Salts.Talk, n);
        var updated = First + (n * Interval) + prng.Below((int)(Interval / 2));
        var inbound = prng.Chance(0.8);
        var answered = prng.Chance(0.85);
        var completion = answered ? "completed" : inbound ? prng.Pick(MissedStates) : "agent_left";
        var wait = inbound ? 5 + prng.Below(240) : 0;
        var talk = answered ? 30 + prng.Below(900) : 0;
        var hold = answered && prng.Chance(0.3) ? prng.Below(180) : 0;
        var wrapUp = answered ? prng.Below(120) : 0;
        var agent = prng.Below(shape.Agents);
        var customer = shape.Agents + prng.Below(shape.EndUsers);
        var phone = prng.Below(phoneNumberIds.Count);
        long? ticket = answered || completion == "voicemail" ? Ids.TicketId(prng.Below(tickets)) : null;
        var created = updated - (wait + talk + hold + wrapUp) - 1;
        return new TalkCall(
            n,
            Ids.TalkCall + n + 1,
            created,
            updated,
            inbound,
            agent,
            customer,
            phone,
            ticket,
            Ids.GroupId(prng.Below(shape.Groups)),
            completion,
            wait,
            talk,
            hold,
            wrapUp,
            completion == "voicemail",
            inbound && prng.Chance(0.05),
            answered && prng.Chance(0.1));
    }

    public long PhoneNumberId(TalkCall call) => phoneNumberIds[call.PhoneNumber];

    public static long LegId(long call, int leg) => Ids.TalkLeg + (call * 4) + leg + 1;
}
