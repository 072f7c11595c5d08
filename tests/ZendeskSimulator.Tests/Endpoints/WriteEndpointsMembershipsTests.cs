using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>POST and DELETE /api/v2/organization_memberships.</summary>
public sealed class WriteEndpointsMembershipsTests
{
    private const string Memberships = "/api/v2/organization_memberships";

    private static string Body(long userId, long organizationId) =>
        $$$"""{"organization_membership":{"user_id":{{{userId}}},"organization_id":{{{organizationId}}}}}""";

    private static async Task<List<JsonElement>> Listed(TestAccount account) =>
        await Lists.WalkCursor(account, Memberships, "organization_memberships", 100);

    /// <summary>An end-user that belongs to no organization yet.</summary>
    private static int Loner(Account account) =>
        Enumerable.Range(account.Users.Store.Agents, account.UserCount - account.Users.Store.Agents).First(u => account.Users.Store.Organization[u] < 0);

    [Fact]
    public async Task A_membership_is_created_with_201()
    {
        await using var account = await TestAccount.Start();
        var userId = Ids.UserId(Loner(account.Host.Account));
        var organizationId = Ids.OrganizationId(1);

        var reply = await account.Post(Memberships, Body(userId, organizationId));

        reply.Status.ShouldBe(HttpStatusCode.Created, reply.Body);
        var membership = reply["organization_membership"];
        membership.Long("user_id").ShouldBe(userId);
        membership.Long("organization_id").ShouldBe(organizationId);
        membership.Text("url").ShouldBe($"{account.Host.BaseUrl}/api/v2/organization_memberships/{membership.Long("id")}.json");
    }

    [Fact]
    public async Task A_users_first_membership_is_its_default_and_sets_its_organization()
    {
        await using var account = await TestAccount.Start();
        var userId = Ids.UserId(Loner(account.Host.Account));
        var organizationId = Ids.OrganizationId(2);

        var reply = await account.Post(Memberships, Body(userId, organizationId));

        reply["organization_membership"].GetProperty("default").GetBoolean().ShouldBeTrue();
        (await account.Get($"/api/v2/users/{userId}"))["user"].Long("organization_id").ShouldBe(organizationId);
    }

    [Fact]
    public async Task A_further_membership_is_not_the_default_and_says_so_with_null()
    {
        await using var account = await TestAccount.Start();
        var userId = Ids.UserId(Loner(account.Host.Account));
        await account.Post(Memberships, Body(userId, Ids.OrganizationId(0)));

        var reply = await account.Post(Memberships, Body(userId, Ids.OrganizationId(1)));

        reply["organization_membership"].GetProperty("default").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_same_user_and_organization_twice_is_refused_with_422()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Listed(account))[0];

        var reply = await account.Post(Memberships, Body(existing.Long("user_id"), existing.Long("organization_id")));

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply.Body.ShouldBe("""{"error":"RecordInvalid","description":"Record validation errors","details":{"user_id":[{"description":"User has already been taken","error":"DuplicateValue"}]}}""");
    }

    [Fact]
    public async Task A_membership_of_an_unknown_user_is_refused_with_422()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Memberships, Body(42, Ids.OrganizationId(0)));

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply["details"].GetProperty("user_id")[0].Text("error").ShouldBe("InvalidValue");
    }

    [Fact]
    public async Task A_deleted_membership_answers_204_then_404()
    {
        await using var account = await TestAccount.Start();
        var id = (await Listed(account))[0].Long("id");

        var deleted = await account.Delete($"{Memberships}/{id}");
        var again = await account.Delete($"{Memberships}/{id}.json");

        deleted.Status.ShouldBe(HttpStatusCode.NoContent);
        deleted.Body.ShouldBeEmpty();
        again.Status.ShouldBe(HttpStatusCode.NotFound);
        again.Body.ShouldBe("""{"error":"RecordNotFound","description":"Not found"}""");
    }

    [Fact]
    public async Task Created_and_deleted_memberships_show_in_the_list()
    {
        await using var account = await TestAccount.Start();
        var before = await Listed(account);
        var userId = Ids.UserId(Loner(account.Host.Account));
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;

        var created = (await account.Post(Memberships, Body(userId, Ids.OrganizationId(0))))["organization_membership"].Long("id");
        await account.Delete($"{Memberships}/{before[0].Long("id")}");

        var after = await Listed(account);
        after.Select(m => m.Long("id")).ShouldNotContain(before[0].Long("id"));
        var listed = after.Single(m => m.Long("id") == created);
        listed.Epoch("created_at").ShouldBe(now);
        listed.Epoch("updated_at").ShouldBe(now);
        after.Count.ShouldBe(before.Count);
        (await Lists.WalkOffset(account, Memberships, "organization_memberships")).Count.ShouldBe(before.Count);
    }

    [Fact]
    public async Task Removing_the_default_membership_clears_the_users_organization_and_bumps_it_in_the_export()
    {
        await using var account = await TestAccount.Start();
        var membership = (await Listed(account))[0];
        var userId = membership.Long("user_id");
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;

        await account.Delete($"{Memberships}/{membership.Long("id")}");

        var exported = (await Writes.ExportedUsersSince(account, now)).ShouldHaveSingleItem();
        exported.Long("id").ShouldBe(userId);
        exported.GetProperty("organization_id").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Removing_a_membership_unassigns_the_users_working_tickets_in_that_organization()
    {
        await using var account = await TestAccount.Start();
        var sim = account.Host.Account;
        var t = Enumerable.Range(0, sim.TicketCount).First(t =>
            sim.Tickets.Store.Status[t] < TicketCodes.Solved && !sim.Tickets.Store.IsDeleted(t) && sim.Tickets.Store.Organization[t] >= 0
            && sim.Memberships.Store.Find(sim.Tickets.Store.Requester[t], sim.Tickets.Store.Organization[t], sim.Users.Store) >= 0);
        var position = sim.Memberships.Store.Find(sim.Tickets.Store.Requester[t], sim.Tickets.Store.Organization[t], sim.Users.Store);
        var audits = (await account.Get($"/api/v2/tickets/{Ids.TicketId(t)}/audits"))["count"].GetInt32();

        await account.Delete($"{Memberships}/{sim.Memberships.Store.IdAt(position)}");

        var ticket = (await account.Get($"/api/v2/tickets/{Ids.TicketId(t)}"))["ticket"];
        ticket.GetProperty("organization_id").ValueKind.ShouldBe(JsonValueKind.Null);
        var reply = await account.Get($"/api/v2/tickets/{Ids.TicketId(t)}/audits");
        reply["count"].GetInt32().ShouldBe(audits + 1);
        var change = reply.Items("audits")[^1].GetProperty("events").EnumerateArray().ShouldHaveSingleItem();
        change.Text("field_name").ShouldBe("organization_id");
        change.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Deleting_a_membership_that_never_existed_answers_404()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Delete($"{Memberships}/123");

        reply.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
