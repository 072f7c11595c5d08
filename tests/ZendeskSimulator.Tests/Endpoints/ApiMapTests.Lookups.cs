using System.Net;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// Fidelity of finding users and of the per-user membership aliases, each against the schema the
/// OAS gives for it. Sunshine's event reads are not in the Support OAS; Zendesk's Events API
/// reference gives their shape, which EventEndpointsReadTests checks.
/// </summary>
public sealed partial class ApiMapTests
{
    [Fact]
    public async Task User_searches_and_look_ups_validate_against_the_users_schema()
    {
        await using var account = await TestAccount.Start();
        var user = await Writes.EndUserWithExternalId(account);
        var email = Uri.EscapeDataString("email:" + user.Text("email"));
        var externalId = Uri.EscapeDataString(user.Text("external_id")!);

        ShouldMatchTheOas(await account.Get($"/api/v2/users/search?query={email}"), "get", "/api/v2/users/search", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get("/api/v2/users/search?query=role:end-user"), "get", "/api/v2/users/search", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get($"/api/v2/users/search?external_id={externalId}"), "get", "/api/v2/users/search", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get($"/api/v2/users?external_id={externalId}"), "get", "/api/v2/users", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get($"/api/v2/users/show_many?ids={Ids.UserId(1)},{user.Long("id")}"), "get", "/api/v2/users/show_many", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get($"/api/v2/users/show_many?external_ids={externalId}"), "get", "/api/v2/users/show_many", HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_users_memberships_validate_when_created_listed_and_shown()
    {
        await using var account = await TestAccount.Start();
        var users = account.Host.Account.Users.Store;
        var userId = Ids.UserId(Enumerable.Range(users.Agents, users.Count - users.Agents).First(u => users.Organization[u] < 0));
        var path = $"/api/v2/users/{userId}/organization_memberships";

        var created = await account.Post(path, $$$"""{"organization_membership":{"organization_id":{{{Ids.OrganizationId(2)}}}}}""");

        ShouldMatchTheOas(created, "post", "/api/v2/users/{user_id}/organization_memberships", HttpStatusCode.Created);
        ShouldMatchTheOas(await account.Get(path), "get", "/api/v2/users/{user_id}/organization_memberships", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get(path + "?page[size]=1"), "get", "/api/v2/users/{user_id}/organization_memberships", HttpStatusCode.OK);
        ShouldMatchTheOas(
            await account.Get($"{path}/{created["organization_membership"].Long("id")}"),
            "get",
            "/api/v2/users/{user_id}/organization_memberships/{organization_membership_id}",
            HttpStatusCode.OK);
        OasDocument.Instance.Root["paths"]!["/api/v2/users/{user_id}/organization_memberships/{organization_membership_id}"]!["delete"]!["responses"]!["204"].ShouldNotBeNull();
    }
}
