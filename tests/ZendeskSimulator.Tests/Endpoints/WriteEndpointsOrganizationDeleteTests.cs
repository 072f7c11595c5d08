using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>GET and DELETE /api/v2/organizations/{organization_id}.</summary>
public sealed class WriteEndpointsOrganizationDeleteTests
{
    private static async Task<List<JsonElement>> Organizations(TestAccount account) =>
        await Lists.WalkOffset(account, "/api/v2/organizations", "organizations");

    /// <summary>An organization some end-users belong to, with an external id, as the API shows it.</summary>
    private static async Task<JsonElement> OrganizationWithMembers(TestAccount account)
    {
        var users = await Writes.Users(account);
        return (await Organizations(account)).First(o =>
            o.GetProperty("external_id").ValueKind == JsonValueKind.String
            && users.Count(u => u.GetProperty("organization_id").ValueKind == JsonValueKind.Number && u.Long("organization_id") == o.Long("id")) >= 2);
    }

    [Fact]
    public async Task An_organization_is_shown_by_id()
    {
        await using var account = await TestAccount.Start();
        var listed = (await Organizations(account))[2];

        var reply = await account.Get($"/api/v2/organizations/{listed.Long("id")}");

        reply.Status.ShouldBe(HttpStatusCode.OK);
        reply["organization"].GetRawText().ShouldBe(listed.GetRawText());
    }

    [Fact]
    public async Task Deleting_answers_204_and_the_organization_is_then_not_found()
    {
        await using var account = await TestAccount.Start();
        var id = (await Organizations(account))[0].Long("id");

        var deleted = await account.Delete($"/api/v2/organizations/{id}");
        var again = await account.Delete($"/api/v2/organizations/{id}.json");
        var shown = await account.Get($"/api/v2/organizations/{id}");

        deleted.Status.ShouldBe(HttpStatusCode.NoContent);
        deleted.Body.ShouldBeEmpty();
        again.Status.ShouldBe(HttpStatusCode.NotFound);
        again.Body.ShouldBe("""{"error":"RecordNotFound","description":"Not found"}""");
        shown.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_organization_answers_404()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Delete("/api/v2/organizations/999999999");

        reply.Status.ShouldBe(HttpStatusCode.NotFound);
        reply.Body.ShouldBe("""{"error":"RecordNotFound","description":"Not found"}""");
    }

    [Fact]
    public async Task A_deleted_organization_leaves_the_list_show_many_and_both_searches()
    {
        await using var account = await TestAccount.Start();
        var organization = await OrganizationWithMembers(account);
        var id = organization.Long("id");
        var count = (await Organizations(account)).Count;

        await account.Delete($"/api/v2/organizations/{id}");

        var listed = await Organizations(account);
        listed.Count.ShouldBe(count - 1);
        listed.ShouldNotContain(o => o.Long("id") == id);
        (await account.Get($"/api/v2/organizations/show_many?ids={id}")).Items("organizations").ShouldBeEmpty();
        (await account.Get($"/api/v2/organizations/show_many?external_ids={organization.Text("external_id")}")).Items("organizations").ShouldBeEmpty();
        (await account.Get($"/api/v2/organizations/search?external_id={organization.Text("external_id")}")).Items("organizations").ShouldBeEmpty();
        (await account.Get($"/api/v2/organizations/search?name={Uri.EscapeDataString(organization.Text("name")!)}")).Items("organizations").ShouldBeEmpty();
        (await account.Get("/api/v2/search?query=type:organization")).Items("results").ShouldNotContain(o => o.Long("id") == id);
    }

    [Fact]
    public async Task Its_memberships_go_and_its_members_lose_their_organization_id()
    {
        await using var account = await TestAccount.Start();
        var id = (await OrganizationWithMembers(account)).Long("id");
        var members = (await Writes.Users(account)).Where(u => u.GetProperty("organization_id").ValueKind == JsonValueKind.Number && u.Long("organization_id") == id).Select(u => u.Long("id")).ToList();

        await account.Delete($"/api/v2/organizations/{id}");

        var memberships = await Lists.WalkCursor(account, "/api/v2/organization_memberships", "organization_memberships", 100);
        memberships.ShouldNotContain(m => m.Long("organization_id") == id);
        foreach (var member in members)
        {
            (await account.Get($"/api/v2/users/{member}"))["user"].GetProperty("organization_id").ValueKind.ShouldBe(JsonValueKind.Null);
            (await account.Get($"/api/v2/users/{member}/organization_memberships"))["organization_memberships"].GetArrayLength().ShouldBe(0);
        }
    }

    [Fact]
    public async Task The_export_shows_the_deletion_with_deleted_at_and_its_members_again()
    {
        await using var account = await TestAccount.Start();
        var id = (await OrganizationWithMembers(account)).Long("id");
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;

        await account.Delete($"/api/v2/organizations/{id}");

        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        var exported = (await account.Get($"/api/v2/incremental/organizations.json?start_time={now}")).Items("organizations").ShouldHaveSingleItem();
        exported.Long("id").ShouldBe(id);
        exported.Epoch("updated_at").ShouldBe(now);
        exported.Epoch("deleted_at").ShouldBe(now);
        var users = (await account.Get($"/api/v2/incremental/users.json?start_time={now}")).Items("users");
        users.Count.ShouldBeGreaterThanOrEqualTo(2);
        users.ShouldAllBe(u => u.GetProperty("organization_id").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Live_organizations_are_exported_without_deleted_at()
    {
        await using var account = await TestAccount.Start();

        var exported = (await account.Get("/api/v2/incremental/organizations.json?start_time=0")).Items("organizations");

        exported.ShouldNotBeEmpty();
        exported.Where(o => o.TryGetProperty("deleted_at", out _)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Its_external_id_and_name_are_free_again()
    {
        await using var account = await TestAccount.Start();
        var organization = await OrganizationWithMembers(account);
        await account.Delete($"/api/v2/organizations/{organization.Long("id")}");

        var reply = await account.Post("/api/v2/organizations/create_or_update", $$$"""{"organization":{"name":"{{{organization.Text("name")}}}","external_id":"{{{organization.Text("external_id")}}}"}}""");

        reply.Status.ShouldBe(HttpStatusCode.Created, reply.Body);
        reply["organization"].Long("id").ShouldNotBe(organization.Long("id"));
    }

    [Fact]
    public async Task A_deleted_organization_takes_no_new_members_and_no_updates()
    {
        await using var account = await TestAccount.Start();
        var id = (await Organizations(account))[0].Long("id");
        await account.Delete($"/api/v2/organizations/{id}");

        var update = await account.Post("/api/v2/organizations/create_or_update", $$$"""{"organization":{"id":{{{id}}},"notes":"back"}}""");
        var join = await account.Post("/api/v2/users/create_or_update", $$$"""{"user":{"name":"Ann","email":"ann@new.example","organization_id":{{{id}}}}}""");

        update.Status.ShouldBe(HttpStatusCode.NotFound);
        join.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task The_deletion_is_recorded_in_the_change_log_after_its_memberships()
    {
        await using var account = await TestAccount.Start();
        var id = (await OrganizationWithMembers(account)).Long("id");
        var sequence = account.Host.Account.ChangeLog.Sequence;

        await account.Delete($"/api/v2/organizations/{id}");

        var changes = account.Host.Account.ChangeLog.Since(sequence);
        changes.ShouldContain(c => c.Stream == "organization_memberships" && c.Kind == "delete");
        changes.ShouldContain(c => c.Stream == "users" && c.Kind == "update");
        changes[^1].ShouldBe(new ChangeRecord(changes[^1].Sequence, "organizations", id, "delete", account.Host.Clock.Now));
    }
}
