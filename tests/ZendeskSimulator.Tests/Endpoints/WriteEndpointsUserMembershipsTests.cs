using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>The per-user aliases /api/v2/users/{user_id}/organization_memberships.</summary>
public sealed class WriteEndpointsUserMembershipsTests
{
    private static string Path(long userId) => $"/api/v2/users/{userId}/organization_memberships";

    private static string Body(long organizationId) => $$$"""{"organization_membership":{"organization_id":{{{organizationId}}}}}""";

    /// <summary>An end-user that belongs to no organization yet.</summary>
    private static long Loner(Account account) =>
        Ids.UserId(Enumerable.Range(account.Users.Store.Agents, account.UserCount - account.Users.Store.Agents).First(u => account.Users.Store.Organization[u] < 0));

    [Fact]
    public async Task A_membership_posted_for_a_user_is_created_with_201_for_that_user()
    {
        await using var account = await TestAccount.Start();
        var userId = Loner(account.Host.Account);

        var reply = await account.Post(Path(userId), Body(Ids.OrganizationId(1)));

        reply.Status.ShouldBe(HttpStatusCode.Created, reply.Body);
        reply["organization_membership"].Long("user_id").ShouldBe(userId);
        reply["organization_membership"].Long("organization_id").ShouldBe(Ids.OrganizationId(1));
        reply["organization_membership"].GetProperty("default").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_same_organization_twice_is_refused_with_422_and_an_unknown_user_with_404()
    {
        await using var account = await TestAccount.Start();
        var userId = Loner(account.Host.Account);
        await account.Post(Path(userId), Body(Ids.OrganizationId(1)));

        var twice = await account.Post(Path(userId), Body(Ids.OrganizationId(1)));
        var unknown = await account.Post(Path(42), Body(Ids.OrganizationId(1)));

        twice.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        twice["details"].GetProperty("user_id")[0].Text("description").ShouldBe("User has already been taken");
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_users_memberships_list_the_default_first_then_by_organization_name()
    {
        await using var account = await TestAccount.Start();
        var sim = account.Host.Account;
        var userId = Loner(sim);
        foreach (var o in new[] { 2, 0, 1 })
        {
            await account.Post(Path(userId), Body(Ids.OrganizationId(o)));
        }

        var listed = (await account.Get(Path(userId))).Items("organization_memberships");
        var paged = await Lists.WalkCursor(account, Path(userId), "organization_memberships", 1);

        listed.Count.ShouldBe(3);
        listed[0].Long("organization_id").ShouldBe(Ids.OrganizationId(2));
        listed[0].GetProperty("default").GetBoolean().ShouldBeTrue();
        var rest = listed.Skip(1).Select(m => m.Text("organization_name")!).ToList();
        rest.ShouldBe(rest.Order(StringComparer.OrdinalIgnoreCase).ToList());
        paged.Select(m => m.Long("id")).ShouldBe(listed.Select(m => m.Long("id")));
        (await account.Get(Path(42))).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_membership_is_shown_and_deleted_through_its_user_then_gone()
    {
        await using var account = await TestAccount.Start();
        var userId = Loner(account.Host.Account);
        var id = (await account.Post(Path(userId), Body(Ids.OrganizationId(1))))["organization_membership"].Long("id");

        var shown = await account.Get($"{Path(userId)}/{id}");
        var deleted = await account.Delete($"{Path(userId)}/{id}.json");
        var again = await account.Delete($"{Path(userId)}/{id}");

        shown["organization_membership"].Long("id").ShouldBe(id);
        deleted.Status.ShouldBe(HttpStatusCode.NoContent);
        again.Status.ShouldBe(HttpStatusCode.NotFound);
        (await account.Get(Path(userId))).Items("organization_memberships").ShouldBeEmpty();
        (await account.Get($"/api/v2/organization_memberships/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_users_membership_is_not_found_under_this_user()
    {
        await using var account = await TestAccount.Start();
        var sim = account.Host.Account;
        var owner = Loner(sim);
        var id = (await account.Post(Path(owner), Body(Ids.OrganizationId(1))))["organization_membership"].Long("id");
        var other = Ids.UserId(sim.Users.Store.Agents);

        var shown = await account.Get($"{Path(other)}/{id}");
        var deleted = await account.Delete($"{Path(other)}/{id}");

        shown.Status.ShouldBe(HttpStatusCode.NotFound);
        deleted.Status.ShouldBe(HttpStatusCode.NotFound);
        sim.Memberships.Find(id).ShouldNotBeNull();
    }

    [Fact]
    public async Task Deleting_through_the_user_unassigns_its_working_tickets_in_that_organization()
    {
        await using var account = await TestAccount.Start();
        var sim = account.Host.Account;
        var t = Enumerable.Range(0, sim.TicketCount).First(t =>
            sim.Tickets.Store.Status[t] < TicketCodes.Solved && !sim.Tickets.Store.IsDeleted(t) && sim.Tickets.Store.Organization[t] >= 0
            && sim.Memberships.Store.Find(sim.Tickets.Store.Requester[t], sim.Tickets.Store.Organization[t], sim.Users.Store) >= 0);
        var requester = sim.Tickets.Store.Requester[t];
        var membership = sim.Memberships.Store.IdAt(sim.Memberships.Store.Find(requester, sim.Tickets.Store.Organization[t], sim.Users.Store));

        var reply = await account.Delete($"{Path(Ids.UserId(requester))}/{membership}");

        reply.Status.ShouldBe(HttpStatusCode.NoContent);
        (await account.Get($"/api/v2/tickets/{Ids.TicketId(t)}"))["ticket"].GetProperty("organization_id").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
