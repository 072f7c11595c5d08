using Zendesk.Simulator.Data;
using Zendesk.Simulator.Data.HelpCenter;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// The changes a help desk sees between two syncs: agent updates, comments (public and private),
/// a background update, a deletion, new tickets, a deactivated and an edited user, an edited
/// organization, a comment on an article, a vote on a post and votes on an article's and a post's
/// comments. Records other streams copy (a skip
/// holds its ticket, a rating its assignee, an activity its actor) are left alone: Zendesk does not
/// re-export those copies either.
/// </summary>
internal static class AccountChanges
{
    /// <param name="deleting">
    /// Whether a ticket is deleted too. A deleted ticket's audits can no longer be read, so a sync that
    /// had not reached them before the deletion cannot load them: leave deletions out where a test
    /// compares with every version the account went through.
    /// </param>
    public static IReadOnlyList<ChangeRecord> Apply(SimulatorHost simulator, bool deleting = true)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var account = simulator.Account;
        var before = account.ChangeLog.Sequence;
        var tickets = QuietTickets(account).Take(6).Select(t => Ids.TicketId(t)).ToList();
        account.Tickets.Update(tickets[0], new TicketChange
        {
            Status = "pending",
            Priority = "urgent",
            Subject = "Refund still not received",
            Tags = ["refund", "escalated"],
            CustomFields = new Dictionary<long, object?>
            {
                [Fields.Ticket[1].Id] = "ORD-900001",
                [Fields.Ticket[2].Id] = true,
                [Fields.Ticket[4].Id] = 42L,
            },
        });
        account.Tickets.AddComment(tickets[1], "Following up: the fix is deployed, please try again.");
        account.Tickets.AddComment(tickets[2], "Customer called twice about this.", isPublic: false);
        account.Tickets.SystemUpdate(tickets[3]);
        if (deleting)
        {
            account.Tickets.Delete(tickets[4]);
        }

        account.Tickets.Update(tickets[5], new TicketChange { Status = "solved", Comment = "Solved by the latest release." });
        account.Tickets.Create(2);

        var users = QuietUsers(account).Take(2).Select(u => Ids.UserId(u)).ToList();
        account.Users.Deactivate(users[0]);
        account.Users.Update(users[1], new PersonChange
        {
            Notes = "Prefers email.",
            Tags = ["vip"],
            Fields = new Dictionary<string, object?> { ["plan_tier"] = "business", ["employee_number"] = 4242L },
        });
        account.Organizations.Update(Ids.OrganizationId(0), new PersonChange
        {
            Notes = "Renewal in Q1.",
            Fields = new Dictionary<string, object?> { ["seats"] = 250L },
        });

        // A comment on an article, a vote on a post and votes on comments of the second brand's help center.
        var helpCenter = account.HelpCenter.Brands[^1];
        helpCenter.Add(HelpCenterChild.ArticleComment, helpCenter.Articles[0].Id, users[1], account.Clock.NowSeconds);
        helpCenter.Add(HelpCenterChild.PostVote, helpCenter.Posts[0].Id, users[1], account.Clock.NowSeconds);
        VoteOnAComment(helpCenter, HelpCenterChild.ArticleCommentVote, helpCenter.Articles, users[1], account.Clock.NowSeconds);
        VoteOnAComment(helpCenter, HelpCenterChild.PostCommentVote, helpCenter.Posts, users[1], account.Clock.NowSeconds);
        return account.ChangeLog.Since(before);
    }

    private static void VoteOnAComment(HelpCenterContent helpCenter, HelpCenterChild kind, List<CatalogItem> parents, long userId, long at)
    {
        var parent = parents.Skip(1).First(p => helpCenter.Children(kind.CommentKind(), p.Id)!.Length > 0);
        helpCenter.AddCommentVote(kind, parent.Id, helpCenter.Children(kind.CommentKind(), parent.Id)![0].Id, userId, at);
    }

    private static IEnumerable<int> QuietTickets(Account account)
    {
        var skipped = Enumerable.Range(0, account.Tickets.Skips.Count).Select(account.Tickets.Skips.Ticket).ToHashSet();
        return Enumerable.Range(0, account.TicketCount)
            .Where(t => !account.Tickets.Store.IsDeleted(t) && account.Audits.RatingOf(t) is null && !skipped.Contains(t));
    }

    private static IEnumerable<int> QuietUsers(Account account)
    {
        var actors = account.Tickets.Activities.Select(a => a.Actor).ToHashSet();
        return Enumerable.Range(account.Users.Store.Agents, account.UserCount - account.Users.Store.Agents)
            .Where(u => u > 0 && !actors.Contains(u) && account.Users.Store.IsActive(u));
    }
}
