using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>POST /api/v2/organizations/create_or_update.</summary>
public sealed class WriteEndpointsOrganizationsTests
{
    private const string Upsert = "/api/v2/organizations/create_or_update";

    private static async Task<List<JsonElement>> Organizations(TestAccount account) =>
        await Lists.WalkOffset(account, "/api/v2/organizations", "organizations");

    [Fact]
    public async Task An_unknown_organization_is_created_with_201()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"organization":{"name":"Brand New Co","external_id":"crm-org-1","tags":["VIP"]}}""");

        reply.Status.ShouldBe(HttpStatusCode.Created, reply.Body);
        var organization = reply["organization"];
        organization.Text("name").ShouldBe("Brand New Co");
        organization.Text("external_id").ShouldBe("crm-org-1");
        organization.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["vip"]);
        (await Organizations(account)).Select(o => o.Long("id")).ShouldContain(organization.Long("id"));
    }

    [Fact]
    public async Task An_organization_named_by_id_is_updated_with_200()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Organizations(account))[0];

        var reply = await account.Post(Upsert, $$$"""{"organization":{"id":{{{existing.Long("id")}}},"notes":"Renewed"}}""");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply["organization"].Long("id").ShouldBe(existing.Long("id"));
        reply["organization"].Text("notes").ShouldBe("Renewed");
        reply["organization"].Text("name").ShouldBe(existing.Text("name"));
    }

    [Fact]
    public async Task The_external_id_matches_whatever_its_case()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Organizations(account)).First(o => o.GetProperty("external_id").ValueKind == JsonValueKind.String);

        var reply = await account.Post(Upsert, $$$"""{"organization":{"external_id":"{{{existing.Text("external_id")!.ToLowerInvariant()}}}","details":"Matched"}}""");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply["organization"].Long("id").ShouldBe(existing.Long("id"));
    }

    [Fact]
    public async Task An_organization_is_not_matched_by_name_so_a_taken_name_is_a_duplicate()
    {
        await using var account = await TestAccount.Start();
        var existing = (await Organizations(account))[1];
        var count = account.Host.Account.OrganizationCount;

        var reply = await account.Post(Upsert, $$$"""{"organization":{"name":"{{{existing.Text("name")}}}","notes":"Same name"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply.Json.Text("error").ShouldBe("RecordInvalid");
        var detail = reply["details"].GetProperty("name")[0];
        detail.Text("description").ShouldBe("Name has already been taken");
        detail.Text("error").ShouldBe("DuplicateValue");
        account.Host.Account.OrganizationCount.ShouldBe(count);
    }

    [Fact]
    public async Task A_taken_name_is_a_duplicate_whatever_its_case()
    {
        await using var account = await TestAccount.Start();
        await account.Post(Upsert, """{"organization":{"name":"Brand New Co"}}""");

        var reply = await account.Post(Upsert, """{"organization":{"name":"BRAND NEW CO","external_id":"other"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_new_organization_without_a_name_is_refused_with_422()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"organization":{"external_id":"crm-org-2"}}""");

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply["details"].GetProperty("name")[0].Text("error").ShouldBe("ValueTooShort");
    }

    [Fact]
    public async Task An_unknown_id_answers_404()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(Upsert, """{"organization":{"id":12,"name":"Nowhere"}}""");

        reply.Status.ShouldBe(HttpStatusCode.NotFound);
        reply.Body.ShouldBe("""{"error":"RecordNotFound","description":"Not found"}""");
    }

    [Fact]
    public async Task A_created_organization_is_exported_with_updated_at_from_the_simulated_clock()
    {
        await using var account = await TestAccount.Start();
        account.Host.Clock.Advance(TimeSpan.FromHours(1));
        var now = account.Host.Clock.NowSeconds;

        var id = (await account.Post(Upsert, """{"organization":{"name":"Brand New Co"}}"""))["organization"].Long("id");
        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));

        var exported = (await account.Get($"/api/v2/incremental/organizations.json?start_time={now}")).Items("organizations").ShouldHaveSingleItem();
        exported.Long("id").ShouldBe(id);
        exported.Epoch("updated_at").ShouldBe(now);
    }
}
