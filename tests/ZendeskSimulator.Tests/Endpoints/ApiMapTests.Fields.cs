using System.Net;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>Fidelity of created fields and of the organization look-ups against the OAS.</summary>
public sealed partial class ApiMapTests
{
    [Fact]
    public async Task Created_fields_validate_against_the_create_schemas_and_their_lists_after()
    {
        await using var account = await TestAccount.Start();

        var user = await account.Post("/api/v2/user_fields", """{"user_field":{"type":"checkbox","title":"Opted in","key":"opted_in"}}""");
        var organization = await account.Post("/api/v2/organization_fields", """{"organization_field":{"title":"Segment","key":"segment"}}""");

        ShouldMatchTheOas(user, "post", "/api/v2/user_fields", HttpStatusCode.Created);
        ShouldMatchTheOas(organization, "post", "/api/v2/organization_fields", HttpStatusCode.Created);
        ShouldMatchTheOas(await account.Get("/api/v2/user_fields"), "get", "/api/v2/user_fields", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get("/api/v2/organization_fields?page[size]=100"), "get", "/api/v2/organization_fields", HttpStatusCode.OK);
    }

    [Fact]
    public async Task Organization_look_ups_validate_against_the_show_many_and_search_schemas()
    {
        await using var account = await TestAccount.Start();
        await account.Post("/api/v2/organizations/create_or_update", """{"organization":{"name":"Look Up Co","external_id":"org-look"}}""");

        ShouldMatchTheOas(await account.Get("/api/v2/organizations/show_many?external_ids=org-look"), "get", "/api/v2/organizations/show_many", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get("/api/v2/organizations/search?external_id=org-look"), "get", "/api/v2/organizations/search", HttpStatusCode.OK);
    }
}
