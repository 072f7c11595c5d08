using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>GET /api/v2/organizations/show_many and /api/v2/organizations/search.</summary>
public sealed class ListEndpointsOrganizationLookupsTests
{
    private const string Upsert = "/api/v2/organizations/create_or_update";

    [Fact]
    public async Task Show_many_answers_the_organizations_named_by_id_and_by_external_id_in_the_order_asked()
    {
        await using var account = await TestAccount.Start();
        var first = (await account.Post(Upsert, """{"organization":{"name":"First Co","external_id":"Crm-1"}}"""))["organization"];
        var second = (await account.Post(Upsert, """{"organization":{"name":"Second Co","external_id":"crm-2"}}"""))["organization"];
        var generated = (await account.Get("/api/v2/organizations")).Items("organizations")[0];

        var byExternalId = await account.Get("/api/v2/organizations/show_many?external_ids=CRM-2,crm-1,nobody");
        var byId = await account.Get($"/api/v2/organizations/show_many?ids={generated.Long("id")},{first.Long("id")},1");

        byExternalId.Status.ShouldBe(HttpStatusCode.OK);
        byExternalId.Items("organizations").Select(o => o.Text("name")).ShouldBe(["Second Co", "First Co"]);
        byId.Items("organizations").Select(o => o.Long("id")).ShouldBe([generated.Long("id"), first.Long("id")]);
        second.Text("external_id").ShouldBe("crm-2");
    }

    [Fact]
    public async Task Show_many_takes_at_most_100_external_ids()
    {
        await using var account = await TestAccount.Start();
        var ids = string.Join(',', Enumerable.Range(0, 101).Select(i => $"x{i}"));

        var reply = await account.Get($"/api/v2/organizations/show_many?external_ids={ids}");

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_finds_the_organization_with_that_external_id_or_name_whatever_the_case()
    {
        await using var account = await TestAccount.Start();
        var created = (await account.Post(Upsert, """{"organization":{"name":"Search Me Co","external_id":"crm-search"}}"""))["organization"];

        var byExternalId = await account.Get("/api/v2/organizations/search?external_id=CRM-SEARCH");
        var byName = await account.Get("/api/v2/organizations/search?name=search%20me%20co");
        var none = await account.Get("/api/v2/organizations/search?external_id=nobody");

        byExternalId.Items("organizations").ShouldHaveSingleItem().Long("id").ShouldBe(created.Long("id"));
        byExternalId.Json.Long("count").ShouldBe(1);
        byName.Items("organizations").ShouldHaveSingleItem().Long("id").ShouldBe(created.Long("id"));
        none.Items("organizations").ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_needs_one_of_external_id_and_name()
    {
        await using var account = await TestAccount.Start();

        var neither = await account.Get("/api/v2/organizations/search");
        var both = await account.Get("/api/v2/organizations/search?external_id=a&name=b");

        neither.Status.ShouldBe(HttpStatusCode.BadRequest);
        both.Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
