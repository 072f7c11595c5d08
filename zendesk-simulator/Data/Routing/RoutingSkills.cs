namespace Zendesk.Simulator.Data.Routing;

/// <summary>
/// The skills (routing attribute values) given to agents and tickets: agents' assignments spread over
/// the account's history, a quarter of them taken away again, then a series that starts a week before
/// the data's end and keeps going (one assignment every few hours, a third of them a ticket's, some
/// taken away days later), so the instance values export has news as the clock moves. Every assignment
/// is derived from the seed.
/// </summary>
internal sealed class RoutingSkills
{
    public const long SeriesInterval = 6 * 3600;

    private const long Day = 86400;

    private readonly AccountShape _shape;
    private readonly int _tickets;
    private readonly string[] _values;
    private readonly SkillAssignment[] _history;

    private RoutingSkills(AccountShape shape, int tickets, string[] values, SkillAssignment[] history)
    {
        _shape = shape;
        _tickets = tickets;
        _values = values;
        _history = history;
        SeriesStart = shape.DataEnd - (7 * Day);
    }

    /// <summary>When the endless series of assignments begins.</summary>
    public long SeriesStart { get; }

    public static RoutingSkills Generate(AccountShape shape, int tickets, ConfigRecords config)
    {
        string[] values = [.. config.RoutingAttributes.SelectMany(a => config.RoutingAttributeValues[a.Body["id"]!.GetValue<string>()]).Select(v => v.Body["id"]!.GetValue<string>())];
        var seriesStart = shape.DataEnd - (7 * Day);
        var span = seriesStart - shape.DataStart;
        var history = new List<SkillAssignment>();
        for (var agent = 0; agent < shape.Agents; agent++)
        {
            var prng = new Prng(shape.Seed, Salts.Routing, agent);
            foreach (var value in values)
            {
                if (!prng.Chance(0.35))
                {
                    continue;
                }

                var associated = shape.DataStart + prng.Between(0, span * 3 / 4);
                long? removed = prng.Chance(0.25) ? associated + prng.Between(Day, span / 4) : null;
                history.Add(Assignment(shape, history.Count, value, Ids.UserId(agent), ticket: false, associated, removed));
            }
        }

        return new RoutingSkills(shape, tickets, values, [.. history]);
    }

    /// <summary>The series' assignment <paramref name="n"/>, made in [start + n·interval, start + n·interval + interval/2).</summary>
    public SkillAssignment Series(long n)
    {
        var prng = new Prng(_shape.Seed, Salts.Routing, -1 - n);
        var ticket = prng.Chance(1.0 / 3);
        var instance = ticket ? Ids.TicketId(prng.Below(_tickets)) : Ids.UserId(prng.Below(_shape.Agents));
        var value = prng.Pick(_values);
        var associated = SeriesStart + (n * SeriesInterval) + prng.Below((int)(SeriesInterval / 2));
        long? removed = prng.Chance(0.4) ? associated + prng.Between(SeriesInterval, 4 * Day) : null;
        return Assignment(_shape, _history.Length + n, value, instance, ticket, associated, removed);
    }

    /// <summary>Every event at or before <paramref name="floor"/>, in the order the export lists them.</summary>
    public IReadOnlyList<SkillEvent> Events(long floor)
    {
        var events = new List<SkillEvent>();
        foreach (var assignment in _history)
        {
            Add(events, assignment, floor);
        }

        for (var n = 0L; SeriesStart + (n * SeriesInterval) <= floor; n++)
        {
            Add(events, Series(n), floor);
        }

        events.Sort((a, b) => a.Position.CompareTo(b.Position));
        return events;
    }

    private static void Add(List<SkillEvent> events, SkillAssignment assignment, long floor)
    {
        if (assignment.Associated > floor)
        {
            return;
        }

        if (assignment.Removed is { } removed && removed <= floor)
        {
            events.Add(new SkillEvent(assignment, Removal: false, removed));
            events.Add(new SkillEvent(assignment, Removal: true, removed));
        }
        else
        {
            events.Add(new SkillEvent(assignment, Removal: false, assignment.Associated));
        }
    }

    private static SkillAssignment Assignment(AccountShape shape, long ordinal, string value, long instance, bool ticket, long associated, long? removed) =>
        new(ordinal, ConfigGenerator.Uuid(shape.Seed, ConfigIds.Of(ConfigKind.RoutingInstanceValue, ordinal + 1)), value, instance, ticket, associated, removed);
}
