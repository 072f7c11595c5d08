using Zendesk.Simulator.Hosting;

namespace Zendesk.Simulator.Data;

internal static partial class AccountGenerator
{
    private static GeneratedTickets GenerateTickets(AccountShape shape, UserStore users, SimulatorOptions options, long clockStart)
    {
        var count = options.Tickets;
        var store = new TicketStore(count);
        var events = new List<long>(count * 4);
        var metrics = new List<long>(count * 7);
        var ratings = new List<long>(count / 4);
        var skipTickets = new List<int>();
        var skipUsers = new List<int>();
        var skipTimes = new List<long>();
        var activities = new List<ActivitySpec>();
        var tagCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<AuditSpec> audits = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        Span<MetricEventSpec> metricEvents = stackalloc MetricEventSpec[Ids.MetricEventsPerTicket];
        var span = shape.DataEnd - (2 * Day) - shape.DataStart;
        var activityFrom = shape.DataEnd - (45 * Day);

        for (var i = 0; i < count; i++)
        {
            var t = store.Add();
            var prng = new Prng(shape.Seed, Salts.TicketTime, t);
            var created = shape.DataStart + (long)((t + prng.Unit()) * span / count);
            var header = TicketHeader.Derive(shape, users, t, created);
            var n = TicketTimeline.Build(shape, t, header, false, audits);
            ref readonly var last = ref audits[n - 1];
            store.Created[t] = created;
            store.Updated[t] = last.Time;
            store.Generated[t] = prng.Chance(0.1) ? Math.Min(shape.DataEnd, last.Time + prng.Between(3600, 10 * Day)) : last.Time;
            store.Requester[t] = header.Requester;
            store.Organization[t] = header.Organization;
            store.Assignee[t] = last.AssigneeAfter;
            store.Group[t] = last.GroupAfter;
            store.Status[t] = last.StatusAfter;
            store.Priority[t] = last.PriorityAfter;
            store.Type[t] = header.Type;
            store.Channel[t] = header.Channel;
            store.Brand[t] = header.Brand;
            store.Form[t] = header.Form;
            store.GeneratedAudits[t] = (byte)n;
            if (prng.Chance(options.DeletedTicketShare))
            {
                var deleted = Math.Min(shape.DataEnd, store.Generated[t] + prng.Between(3600, 5 * Day));
                store.Updated[t] = deleted;
                store.Generated[t] = deleted;
                store.Flags[t] |= TicketCodes.FlagDeleted;
            }

            if (prng.Chance(options.AiAgentTicketShare))
            {
                store.Flags[t] |= TicketCodes.FlagAiAgent;
            }

            for (var a = 0; a < n; a++)
            {
                events.Add(TimeIndex.Key(audits[a].Time, (uint)((t * Ids.AuditsPerTicket) + a)));
            }

            var m = TicketMetrics.Events(audits[..n], metricEvents);
            for (var e = 0; e < m; e++)
            {
                metrics.Add(TimeIndex.Key(metricEvents[e].Time, (uint)((t * Ids.MetricEventsPerTicket) + e)));
            }

            if (RatingInfo.Derive(shape.Seed, t, audits[..n], shape.DataEnd) is { } rating)
            {
                ratings.Add(TimeIndex.Key(rating.Time, (uint)t));
            }

            var skip = new Prng(shape.Seed, Salts.Skip, t);
            if (skip.Chance(0.03) && !store.IsDeleted(t) && created + 7200 <= shape.DataEnd)
            {
                skipTickets.Add(t);
                skipUsers.Add(skip.Below(shape.Agents));
                skipTimes.Add(created + skip.Between(60, 7200));
            }

            foreach (var tag in TicketText.Tags(shape.Seed, t, header.Channel))
            {
                tagCounts[tag] = tagCounts.GetValueOrDefault(tag) + 1;
            }

            if (header.PlannedAssignee == 0 && last.Time >= activityFrom)
            {
                AddActivities(activities, audits[..n], t);
            }
        }

        ShareOneSecond(store, options.SameSecondTickets, clockStart - 3600);
        events.Sort();
        metrics.Sort();
        ratings.Sort();
        activities.Sort((x, y) => x.Time != y.Time ? x.Time.CompareTo(y.Time) : x.Id.CompareTo(y.Id));
        var tags = tagCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
        return new GeneratedTickets(store, [.. events], [.. metrics], [.. ratings], new SkipStore([.. skipTickets], [.. skipUsers], [.. skipTimes]), activities, tags);
    }

    private static void AddActivities(List<ActivitySpec> into, ReadOnlySpan<AuditSpec> audits, int ticket)
    {
        foreach (var audit in audits)
        {
            var assignment = audit.AssigneeAfter == 0 && audit.AssigneeBefore != 0;
            if (assignment || audit.Kind == AuditKind.RequesterReply)
            {
                var id = Ids.Activity + ((long)ticket * Ids.AuditsPerTicket) + audit.Slot;
                into.Add(new ActivitySpec(id, audit.Time, assignment, ticket, audit.Slot, audit.Author));
            }
        }
    }

    /// <summary>Puts <paramref name="count"/> tickets, spread over the account, on one generated_timestamp second.</summary>
    private static void ShareOneSecond(TicketStore store, int count, long second)
    {
        count = Math.Min(count, store.Count);
        for (var k = 0; k < count; k++)
        {
            var t = (int)((long)k * store.Count / count);
            store.Generated[t] = second;
        }
    }
}
