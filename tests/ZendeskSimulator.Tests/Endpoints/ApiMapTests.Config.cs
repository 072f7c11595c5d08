using System.Globalization;
using System.Net;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>Fidelity of the account configuration endpoints: against the OAS where it has them, else the fields Zendesk documents.</summary>
public sealed partial class ApiMapTests
{
    /// <summary>Where the OAS disagrees with what Zendesk sends on these endpoints, as Zendesk's references say.</summary>
    private static readonly OasCorrection[] ConfigCorrections =
    [
        new(@"^\$\.(after|before)_(cursor|url)$", "trigger revisions: the cursors and their URLs are null when there are no more records"),
        new(@"\.description$", "descriptions are optional; Zendesk sends null when there is none"),
        new(@"\.(domain_verification_code|partner_name|external_id)$", "absent values are null"),
    ];

    public static TheoryData<string, string> ConfigEndpoints => new()
    {
        { "/api/v2/trigger_categories.json", "/api/v2/trigger_categories" },
        { "/api/v2/triggers/{trigger}/revisions.json", "/api/v2/triggers/{trigger_id}/revisions" },
        { "/api/v2/macros/categories.json", "/api/v2/macros/categories" },
        { "/api/v2/dynamic_content/items.json", "/api/v2/dynamic_content/items" },
        { "/api/v2/dynamic_content/items.json?page[size]=2", "/api/v2/dynamic_content/items" },
        { "/api/v2/locales.json", "/api/v2/locales" },
        { "/api/v2/sharing_agreements.json", "/api/v2/sharing_agreements" },
        { "/api/v2/targets.json", "/api/v2/targets" },
        { "/api/v2/target_failures.json", "/api/v2/target_failures" },
        { "/api/v2/recipient_addresses.json", "/api/v2/recipient_addresses" },
        { "/api/v2/organization_subscriptions.json", "/api/v2/organization_subscriptions" },
        { "/api/v2/brand_agents.json", "/api/v2/brand_agents" },
        { "/api/v2/group_slas/policies.json", "/api/v2/group_slas/policies" },
        { "/api/v2/deletion_schedules.json", "/api/v2/deletion_schedules" },
        { "/api/v2/custom_objects.json", "/api/v2/custom_objects" },
        { "/api/v2/custom_objects/device/fields.json", "/api/v2/custom_objects/{custom_object_key}/fields" },
        { "/api/v2/custom_objects/device/records.json", "/api/v2/custom_objects/{custom_object_key}/records" },
        { "/api/v2/custom_objects/contract/records.json?page[size]=2", "/api/v2/custom_objects/{custom_object_key}/records" },
        { "/api/v2/workspaces.json", "/api/v2/workspaces" },
        { "/api/v2/routing/attributes.json", "/api/v2/routing/attributes" },
        { "/api/v2/routing/attributes/{attribute}/values.json", "/api/v2/routing/attributes/{attribute_id}/values" },
        { "/api/v2/routing/attributes/definitions.json", "/api/v2/routing/attributes/definitions" },
        { "/api/v2/job_statuses.json", "/api/v2/job_statuses" },
        { "/api/v2/sessions.json", "/api/v2/sessions" },
        { "/api/v2/bookmarks.json", "/api/v2/bookmarks" },
    };

    [Theory]
    [MemberData(nameof(ConfigEndpoints))]
    public async Task Configuration_responses_validate_against_the_schema_of_zendesks_openapi_document(string request, string oasPath)
    {
        var host = fixture.Account.Host;
        var trigger = host.Account.Catalog.Triggers[^1].Id;
        host.Jobs.TryEnqueue("bulk_import", 1, () => [], limited: false);
        var attribute = host.Account.Config.RoutingAttributes[0].Body["id"]!.GetValue<string>();
        var reply = await fixture.Account.Get(request
            .Replace("{trigger}", trigger.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{attribute}", attribute, StringComparison.Ordinal));
        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        var validator = new SchemaValidator(OasDocument.Instance, [.. Corrections, .. ConfigCorrections]);

        var errors = validator.Validate(reply.Json, OasDocument.Instance.ResponseSchema(oasPath));

        errors.ShouldBeEmpty(string.Join("\n", errors.Take(20)));
        reply.Json.EnumerateObject().First().Value.GetArrayLengthOrOne().ShouldBeGreaterThan(0, "the response has no records to check");
    }

    /// <summary>Webhooks and business-hours holidays are not in the Support OAS; their fields are those of Zendesk's webhooks and business-hours references.</summary>
    [Theory]
    [InlineData("/api/v2/webhooks.json", "webhooks", "id,name,description,endpoint,http_method,request_format,status,subscriptions,authentication,created_at,created_by,updated_at,updated_by")]
    [InlineData("/api/v2/business_hours/schedules/{schedule}/holidays.json", "holidays", "id,name,start_date,end_date")]
    public async Task Configuration_endpoints_outside_the_oas_carry_the_fields_zendesk_documents(string request, string key, string fields)
    {
        var schedule = fixture.Account.Host.Account.Catalog.Schedules[0].Id;
        var reply = await fixture.Account.Get(request.Replace("{schedule}", schedule.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var items = reply.Items(key);

        items.ShouldNotBeEmpty();
        foreach (var item in items)
        {
            fields.Split(',').Where(f => !item.TryGetProperty(f, out _)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Webhooks_page_by_cursor_and_filter_by_name_and_status()
    {
        var first = await fixture.Account.Get("/api/v2/webhooks.json?page[size]=2");
        var second = await fixture.Account.Follow(first["links"].GetProperty("next").GetString()!);
        var named = await fixture.Account.Get("/api/v2/webhooks.json?filter[name_contains]=crm");
        var inactive = await fixture.Account.Get("/api/v2/webhooks.json?filter[status]=inactive");

        first.Items("webhooks").Count.ShouldBe(2);
        first["meta"].GetProperty("has_more").GetBoolean().ShouldBeTrue();
        second.Items("webhooks").Count.ShouldBe(1);
        second["meta"].GetProperty("has_more").GetBoolean().ShouldBeFalse();
        named.Items("webhooks").ShouldHaveSingleItem().GetProperty("name").GetString()!.ShouldContain("CRM");
        inactive.Items("webhooks").ShouldAllBe(w => w.GetProperty("status").GetString() == "inactive");
        inactive.Items("webhooks").ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("team", "/api/v2/group_slas/policies.json", HttpStatusCode.Forbidden)]
    [InlineData("professional", "/api/v2/group_slas/policies.json", HttpStatusCode.Forbidden)]
    [InlineData("enterprise", "/api/v2/group_slas/policies.json", HttpStatusCode.OK)]
    [InlineData("growth", "/api/v2/dynamic_content/items.json", HttpStatusCode.Forbidden)]
    [InlineData("professional", "/api/v2/dynamic_content/items.json", HttpStatusCode.OK)]
    [InlineData("professional", "/api/v2/workspaces.json", HttpStatusCode.Forbidden)]
    [InlineData("team", "/api/v2/custom_objects.json", HttpStatusCode.OK)]
    [InlineData("team", "/api/v2/deletion_schedules.json", HttpStatusCode.OK)]
    [InlineData("professional", "/api/v2/routing/attributes.json", HttpStatusCode.Forbidden)]
    [InlineData("professional", "/api/v2/routing/attributes/definitions.json", HttpStatusCode.Forbidden)]
    [InlineData("professional", "/api/v2/incremental/routing/instance_values.json", HttpStatusCode.Forbidden)]
    [InlineData("enterprise", "/api/v2/incremental/routing/instance_values.json", HttpStatusCode.OK)]
    public async Task Configuration_endpoints_answer_as_the_plan_allows(string plan, string request, HttpStatusCode status)
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Plan = SimulatorOptions.ParsePlan(plan) });

        var reply = await account.Get(request);

        reply.Status.ShouldBe(status, reply.Body);
    }
}
