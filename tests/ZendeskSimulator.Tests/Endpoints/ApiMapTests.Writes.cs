using System.Net;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// Fidelity of the write endpoints: each answer is validated against the schema the OAS gives for
/// that operation and status. Writes get an account of their own so that the shared one stays as
/// generated for the read checks.
/// </summary>
public sealed partial class ApiMapTests
{
    private static void ShouldMatchTheOas(Reply reply, string method, string oasPath, HttpStatusCode status)
    {
        reply.Status.ShouldBe(status, reply.Body);
        var validator = new SchemaValidator(OasDocument.Instance, Corrections);

        var errors = validator.Validate(reply.Json, OasDocument.Instance.ResponseSchema(method, oasPath, (int)status));

        errors.ShouldBeEmpty(string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public async Task A_created_user_validates_against_the_create_or_update_201_schema()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post("/api/v2/users/create_or_update", """{"user":{"name":"Ann","email":"ann@new.example","external_id":"ann-1","user_fields":{"employee_number":7}}}""");

        ShouldMatchTheOas(reply, "post", "/api/v2/users/create_or_update", HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_updated_user_validates_against_the_create_or_update_200_schema()
    {
        await using var account = await TestAccount.Start();
        var existing = await Writes.EndUserWithExternalId(account);

        var reply = await account.Post("/api/v2/users/create_or_update", $$$"""{"user":{"external_id":"{{{existing.Text("external_id")}}}","tags":["vip"]}}""");

        ShouldMatchTheOas(reply, "post", "/api/v2/users/create_or_update", HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_created_user_read_back_validates_against_the_user_and_identity_schemas()
    {
        await using var account = await TestAccount.Start();
        var id = (await account.Post("/api/v2/users/create_or_update", """{"user":{"name":"Ann","email":"ann@new.example","external_id":"ann-1"}}"""))["user"].Long("id");
        await account.Post("/api/v2/users/create_or_update", """{"user":{"external_id":"ann-1","email":"ann.second@new.example"}}""");

        ShouldMatchTheOas(await account.Get($"/api/v2/users/{id}"), "get", "/api/v2/users/{user_id}", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get($"/api/v2/users/{id}/identities"), "get", "/api/v2/users/{user_id}/identities", HttpStatusCode.OK);
    }

    /// <summary>
    /// The OAS puts "nullable" on the array alternative of results; Zendesk sends null while a job is
    /// queued or working, which that alternative allows.
    /// </summary>
    [Fact]
    public async Task Job_statuses_validate_from_queued_to_completed()
    {
        await using var account = await TestAccount.Start();
        var queued = await account.Post("/api/v2/users/create_or_update_many", """{"users":[{"name":"Ann","email":"ann@new.example"},{"name":"Bob","external_id":"bob-1"}]}""");
        var id = queued["job_status"].Text("id");

        ShouldMatchTheOas(queued, "post", "/api/v2/users/create_or_update_many", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get($"/api/v2/job_statuses/{id}"), "get", "/api/v2/job_statuses/{job_status_id}", HttpStatusCode.OK);
        var completed = await account.Get($"/api/v2/job_statuses/{id}");
        ShouldMatchTheOas(completed, "get", "/api/v2/job_statuses/{job_status_id}", HttpStatusCode.OK);
        completed["job_status"].Text("status").ShouldBe("completed");
        ShouldMatchTheOas(await account.Get($"/api/v2/job_statuses/show_many?ids={id}"), "get", "/api/v2/job_statuses/show_many", HttpStatusCode.OK);
    }

    [Fact]
    public async Task Upserted_organizations_validate_against_the_create_or_update_schemas()
    {
        await using var account = await TestAccount.Start();

        var created = await account.Post("/api/v2/organizations/create_or_update", """{"organization":{"name":"Brand New Co","external_id":"org-1","domain_names":["new.example"]}}""");
        var updated = await account.Post("/api/v2/organizations/create_or_update", """{"organization":{"external_id":"org-1","notes":"Renewed"}}""");

        ShouldMatchTheOas(created, "post", "/api/v2/organizations/create_or_update", HttpStatusCode.Created);
        ShouldMatchTheOas(updated, "post", "/api/v2/organizations/create_or_update", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get("/api/v2/organizations?page[size]=100"), "get", "/api/v2/organizations", HttpStatusCode.OK);
    }

    [Fact]
    public async Task Memberships_validate_when_created_listed_and_deleted()
    {
        await using var account = await TestAccount.Start();
        var user = Ids.UserId(account.Host.Account.Users.Store.Agents);
        var first = await account.Post("/api/v2/organization_memberships", $$$"""{"organization_membership":{"user_id":{{{user}}},"organization_id":{{{Ids.OrganizationId(0)}}}}}""");
        var second = await account.Post("/api/v2/organization_memberships", $$$"""{"organization_membership":{"user_id":{{{user}}},"organization_id":{{{Ids.OrganizationId(1)}}}}}""");
        var deleted = await account.Delete($"/api/v2/organization_memberships/{first["organization_membership"].Long("id")}");

        ShouldMatchTheOas(first, "post", "/api/v2/organization_memberships", HttpStatusCode.Created);
        ShouldMatchTheOas(second, "post", "/api/v2/organization_memberships", HttpStatusCode.Created);
        ShouldMatchTheOas(await account.Get("/api/v2/organization_memberships?page[size]=100"), "get", "/api/v2/organization_memberships", HttpStatusCode.OK);
        ShouldMatchTheOas(await account.Get($"/api/v2/organization_memberships/{second["organization_membership"].Long("id")}"), "get", "/api/v2/organization_memberships/{organization_membership_id}", HttpStatusCode.OK);

        // The OAS declares the 204 without a body.
        OasDocument.Instance.Root["paths"]!["/api/v2/organization_memberships/{organization_membership_id}"]!["delete"]!["responses"]!["204"].ShouldNotBeNull();
        deleted.Status.ShouldBe(HttpStatusCode.NoContent);
    }

    /// <summary>Sunshine events are not in the Support OAS; Zendesk's Events API answers 202 Accepted.</summary>
    [Fact]
    public async Task A_tracked_event_answers_202_as_zendesk_documents_outside_the_oas()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post("/api/v2/user_profiles/events", """{"profile":{"source":"shop","type":"customer","identifiers":[{"type":"email","value":"pat@shop.example"}]},"event":{"source":"shop","type":"visit","properties":{}}}""");

        OasDocument.Instance.Root["paths"]!["/api/v2/user_profiles/events"].ShouldBeNull();
        reply.Status.ShouldBe(HttpStatusCode.Accepted);
    }
}
