using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// One simulated Zendesk account: its options and clock, and the holders of its records, which share
/// the account's lock and change log. Readers take the read lock while they render a page; every
/// change takes the write lock.
/// </summary>
internal sealed class Account(AccountLock gate)
{
    public required SimulatorOptions Options { get; init; }

    public required SimulatedClock Clock { get; init; }

    internal required AccountShape Shape { get; init; }

    internal required Catalog Catalog { get; init; }

    internal required ConfigRecords Config { get; init; }

    /// <summary>The skills given to agents and tickets and taken away, for the routing instance values export.</summary>
    internal required Routing.RoutingSkills RoutingSkills { get; init; }

    internal required TicketRecords Tickets { get; init; }

    internal required AuditRecords Audits { get; init; }

    internal required UserRecords Users { get; init; }

    internal required OrganizationRecords Organizations { get; init; }

    internal required MembershipRecords Memberships { get; init; }

    internal required SunshineRecords Sunshine { get; init; }

    internal required CustomFieldRecords CustomFields { get; init; }

    internal required TalkRecords Talk { get; init; }

    internal required ChangeLog ChangeLog { get; init; }

    /// <summary>The help centers of the brands that have one.</summary>
    internal required HelpCenter.HelpCenterRecords HelpCenter { get; init; }

    /// <summary>Number of tickets, deleted ones included.</summary>
    public int TicketCount => Tickets.Store.Count;

    public int UserCount => Users.Store.Count;

    public int OrganizationCount => Organizations.Store.Count;

    /// <summary>The newest second an export may return: Zendesk never returns the last minute.</summary>
    internal long ExportFloor => Clock.NowSeconds - 60;

    internal LockScope Read() => gate.Read();

    internal LockScope Write() => gate.Write();

    internal static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
