using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>
/// One account for all fidelity checks: deleted tickets, AI-agent tickets and records changed by
/// mutations are in it, so their shapes are checked too.
/// </summary>
public sealed class FidelityAccount : IAsyncLifetime
{
    internal TestAccount Account { get; private set; } = null!;

    /// <summary>A live, unarchived ticket with comments and at least one attachment.</summary>
    internal long TicketId { get; private set; }

    internal long UserId { get; private set; }

    public async Task InitializeAsync()
    {
        Account = await TestAccount.Start(TestAccount.Small with { Tickets = 1500, DeletedTicketShare = 0.05, Seed = 99 });
        var account = Account.Host.Account;
        var t = Enumerable.Range(0, account.TicketCount).First(i =>
            !account.Tickets.Store.IsDeleted(i) && !account.Tickets.IsArchived(i) && account.Audits.Of(i).Count(a => a.Attachments > 0) > 0 && account.Audits.Of(i).Length > 2);
        TicketId = Ids.TicketId(t);
        UserId = Ids.UserId(account.Users.Store.Agents + 1);
        account.Tickets.Update(TicketId, new TicketChange { Status = "open", Tags = ["changed"], Comment = "A change", CustomFields = new Dictionary<long, object?> { [Fields.Ticket[1].Id] = "ORD-1" } });
        account.Users.Update(UserId, new PersonChange { Name = "Changed Name", Fields = new Dictionary<string, object?> { ["employee_number"] = 12L } });
        Account.Host.Clock.Advance(TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync() => await Account.DisposeAsync();
}
