using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Bench;

/// <summary>
/// A few changes between two syncs, of each kind a Zendesk account sees: agents' updates, comments,
/// system updates (only <c>generated_timestamp</c> moves), deletions and new tickets.
/// </summary>
internal static class FewChanges
{
    public const int Each = 10;

    /// <summary>Applies the changes on the account's clock, then lets the export's one-minute floor pass them.</summary>
    public static string Apply(SimulatorHost simulator)
    {
        var account = simulator.Account;
        simulator.Clock.Advance(TimeSpan.FromMinutes(5));
        var stride = Math.Max(1, account.TicketCount / (4 * Each + 2));
        var live = Enumerable.Range(0, account.TicketCount / stride)
            .Select(i => i * stride)
            .Where(t => !account.Tickets.Store.IsDeleted(t))
            .Select(Ids.TicketId)
            .Take((3 * Each) + 2)
            .ToList();
        foreach (var ticket in live.Take(Each))
        {
            account.Tickets.Update(ticket, new TicketChange { Priority = "high" });
        }

        foreach (var ticket in live.Skip(Each).Take(Each))
        {
            account.Tickets.AddComment(ticket, "A reply between two syncs.");
        }

        foreach (var ticket in live.Skip(2 * Each).Take(Each))
        {
            account.Tickets.SystemUpdate(ticket);
        }

        foreach (var ticket in live.Skip(3 * Each))
        {
            account.Tickets.Delete(ticket);
        }

        account.Tickets.Create(Each);
        simulator.Clock.Advance(TimeSpan.FromMinutes(2));
        return $"{Each} updates, {Each} comments, {Each} system updates, {live.Count - (3 * Each)} deletions, {Each} new tickets";
    }
}
