using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// One simulated Zendesk account: its data, its export indexes and the mutation API. Readers take
/// the read lock while they render a page; mutations take the write lock.
/// </summary>
internal sealed partial class Account
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);

    public required SimulatorOptions Options { get; init; }

    public required SimulatedClock Clock { get; init; }

    internal required AccountShape Shape { get; init; }

    internal required TicketStore Tickets { get; init; }

    internal required UserStore Users { get; init; }

    internal required OrganizationStore Organizations { get; init; }

    internal required Catalog Catalog { get; init; }

    internal required TimeIndex TicketIndex { get; init; }

    internal required TimeIndex UserIndex { get; init; }

    internal required TimeIndex OrganizationIndex { get; init; }

    internal required TimeIndex EventIndex { get; init; }

    internal required TimeIndex MetricEventIndex { get; init; }

    internal required long[] RatingKeys { get; init; }

    internal required SkipStore Skips { get; init; }

    internal required IReadOnlyList<ActivitySpec> Activities { get; init; }

    internal required IReadOnlyList<(string Name, int Count)> Tags { get; init; }

    /// <summary>End-users that belong to an organization, in user order (one generated membership each).</summary>
    internal required int[] OrganizationMembers { get; init; }

    /// <summary>Every organization membership, the generated ones and those written since.</summary>
    internal required MembershipStore Memberships { get; init; }

    internal List<MutationAudit> Mutations { get; } = [];

    internal ChangeLog ChangeLog { get; } = new();

    /// <summary>Number of tickets, deleted ones included.</summary>
    public int TicketCount => Tickets.Count;

    public int UserCount => Users.Count;

    public int OrganizationCount => Organizations.Count;

    /// <summary>The newest second an export may return: Zendesk never returns the last minute.</summary>
    internal long ExportFloor => Clock.NowSeconds - 60;

    internal LockScope Read()
    {
        _lock.EnterReadLock();
        return new LockScope(_lock, write: false);
    }

    internal LockScope Write()
    {
        _lock.EnterWriteLock();
        return new LockScope(_lock, write: true);
    }

    /// <summary>Closed tickets untouched for 120 days are archived: gone from some list endpoints, still exported.</summary>
    internal bool IsArchived(int ticket) =>
        Tickets.Status[ticket] == TicketCodes.Closed && Tickets.Updated[ticket] < Clock.NowSeconds - (120 * 86400L);

    internal TicketHeader HeaderOf(int ticket) =>
        TicketHeader.Derive(Shape, Users, ticket, Tickets.Created[ticket]);

    /// <summary>Rebuilds the ticket's generated audits into <paramref name="buffer"/>; returns how many.</summary>
    internal int BuildTimeline(int ticket, Span<AuditSpec> buffer)
    {
        var live = (Tickets.Flags[ticket] & TicketCodes.FlagCreatedLive) != 0;
        return TicketTimeline.Build(Shape, ticket, HeaderOf(ticket), live, buffer);
    }

    /// <summary>All audits of a ticket, generated then mutation-made, oldest first.</summary>
    internal AuditSpec[] AuditsOf(int ticket)
    {
        Span<AuditSpec> buffer = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var header = HeaderOf(ticket);
        var live = (Tickets.Flags[ticket] & TicketCodes.FlagCreatedLive) != 0;
        var count = TicketTimeline.Build(Shape, ticket, header, live, buffer);
        count = Math.Min(count, Tickets.GeneratedAudits[ticket]);
        Tickets.MutationAudits.TryGetValue(ticket, out var extra);
        var all = new AuditSpec[count + (extra?.Count ?? 0)];
        buffer[..count].CopyTo(all);
        if (extra is not null)
        {
            for (var i = 0; i < extra.Count; i++)
            {
                all[count + i] = extra[i].Spec;
            }
        }

        return all;
    }

    internal RatingInfo? RatingOf(int ticket)
    {
        if ((Tickets.Flags[ticket] & TicketCodes.FlagCreatedLive) != 0)
        {
            return null;
        }

        Span<AuditSpec> buffer = stackalloc AuditSpec[TicketTimeline.MaxGenerated];
        var count = TicketTimeline.Build(Shape, ticket, HeaderOf(ticket), false, buffer);
        return RatingInfo.Derive(Shape.Seed, ticket, buffer[..count], Shape.DataEnd);
    }

    internal MutationAudit? MutationOf(in AuditSpec audit) => audit.Serial >= 0 ? Mutations[audit.Serial] : null;

    internal string UserName(int user) =>
        Users.Overrides.TryGetValue(user, out var o) && o.Name is { } name ? name : PersonText.FullName(Shape.Seed, user);

    internal string UserFirstName(int user)
    {
        if (user < 0)
        {
            return "Zendesk";
        }

        return Users.Overrides.TryGetValue(user, out var o) && o.Name is { } name
            ? name.Split(' ')[0]
            : Words.FirstNames[PersonText.NameIndex(Shape.Seed, user).First];
    }

    internal int TicketIndexOf(long id)
    {
        var index = id - Ids.Ticket - 1;
        return index >= 0 && index < Tickets.Count ? (int)index : -1;
    }

    internal int UserIndexOf(long id)
    {
        var index = Ids.UserIndex(id);
        return index >= 0 && index < Users.Count ? index : -1;
    }

    internal int OrganizationIndexOf(long id)
    {
        var index = Ids.OrganizationIndex(id);
        return index >= 0 && index < Organizations.Count ? index : -1;
    }

    internal static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
