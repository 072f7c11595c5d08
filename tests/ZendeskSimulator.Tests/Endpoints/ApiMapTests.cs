using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// Fidelity: the live response of every endpoint the simulator serves is validated against the 200
/// response schema that Zendesk's own OpenAPI document gives for it.
/// </summary>
public sealed partial class ApiMapTests(FidelityAccount fixture) : IClassFixture<FidelityAccount>
{
    /// <summary>Where the OAS disagrees with what Zendesk sends, as Zendesk's answers show it.</summary>
    private static readonly OasCorrection[] Corrections =
    [
        new(@"\.(custom_fields|fields)\[\d+\]\.value$", "an unset ticket field's value is null"),
        new(@"\.(organization_fields|user_fields)\.[a-z_]+$", "every defined field key is present, unset ones are null"),
        new(@"\.(assignee_updated_at|requester_updated_at|status_updated_at|initially_assigned_at|assigned_at|solved_at|latest_comment_added_at|custom_status_updated_at)$", "the timestamps are nullable (not reached yet)"),
        new(@"_in_minutes\.(calendar|business)$", "nested duration values can be null"),
        new(@"\.attachments\[\d+\]\.(width|height)$", "width and height are null for files that are not images"),
        new(@"\.tickets\[\d+\]\.status$", "incremental exports also carry status \"deleted\"", Null: false, ExtraValue: "deleted"),
        new(@"\.(forum_topic_id|recipient)$", "tickets: no forum topic, and no recipient unless the ticket came in by email; Zendesk sends null, the OAS omits nullable"),
        new(@"\.default_group_id$", "users: end-users have no default group; Zendesk sends null, the OAS omits nullable"),
        new(@"\.deleted_users\[\d+\]\.organization_id$", "deleted users: one without an organization has null; the OAS omits nullable"),
        new(@"\.reasons\[\d+\]\.deleted_at$", "satisfaction reasons: a reason in use has no deletion time"),
        new(@"\.suspended_tickets\[\d+\]\.(author\.id|ticket_id)$", "suspended tickets: mail from an unknown sender has no author id, and no ticket until recovered"),
    ];

    public static TheoryData<string, string> Endpoints => new()
    {
        { "/api/v2/incremental/tickets.json?start_time=0&include=metric_sets", "/api/v2/incremental/tickets" },
        { "/api/v2/incremental/tickets/cursor.json?start_time=0&include=metric_sets", "/api/v2/incremental/tickets/cursor" },
        { "/api/v2/incremental/users.json?start_time=0", "/api/v2/incremental/users" },
        { "/api/v2/incremental/users/cursor.json?start_time=0", "/api/v2/incremental/users/cursor" },
        { "/api/v2/incremental/users/cursor.json?start_time=0&include=identities", "/api/v2/incremental/users/cursor" },
        { "/api/v2/incremental/organizations.json?start_time=0", "/api/v2/incremental/organizations" },
        { "/api/v2/incremental/ticket_metric_events.json?start_time=0", "/api/v2/incremental/ticket_metric_events" },
        { "/api/v2/incremental/tickets/sample.json?start_time=0", "/api/v2/incremental/{incremental_resource}/sample" },
        { "/api/v2/incremental/routing/instance_values.json", "/api/v2/incremental/routing/instance_values" },
        { "/api/v2/ticket_audits.json", "/api/v2/ticket_audits" },
        { "/api/v2/tickets/{ticket}/audits.json", "/api/v2/tickets/{ticket_id}/audits" },
        { "/api/v2/tickets/{ticket}/comments.json", "/api/v2/tickets/{ticket_id}/comments" },
        { "/api/v2/tickets/{ticket}/comments.json?page[size]=2", "/api/v2/tickets/{ticket_id}/comments" },
        { "/api/v2/tickets/{ticket}.json", "/api/v2/tickets/{ticket_id}" },
        { "/api/v2/tickets.json", "/api/v2/tickets" },
        { "/api/v2/tickets.json?page[size]=100", "/api/v2/tickets" },
        { "/api/v2/users.json", "/api/v2/users" },
        { "/api/v2/users/{user}.json", "/api/v2/users/{user_id}" },
        { "/api/v2/users/me.json", "/api/v2/users/me" },
        { "/api/v2/users/{user}/identities.json", "/api/v2/users/{user_id}/identities" },
        { "/api/v2/organizations.json", "/api/v2/organizations" },
        { "/api/v2/groups.json", "/api/v2/groups" },
        { "/api/v2/group_memberships.json", "/api/v2/group_memberships" },
        { "/api/v2/organization_memberships.json", "/api/v2/organization_memberships" },
        { "/api/v2/macros.json", "/api/v2/macros" },
        { "/api/v2/satisfaction_ratings.json", "/api/v2/satisfaction_ratings" },
        { "/api/v2/slas/policies.json", "/api/v2/slas/policies" },
        { "/api/v2/tags.json", "/api/v2/tags" },
        { "/api/v2/ticket_fields.json", "/api/v2/ticket_fields" },
        { "/api/v2/ticket_forms.json", "/api/v2/ticket_forms" },
        { "/api/v2/ticket_metrics.json", "/api/v2/ticket_metrics" },
        { "/api/v2/activities.json", "/api/v2/activities" },
        { "/api/v2/skips.json", "/api/v2/skips" },
        { "/api/v2/audit_logs.json", "/api/v2/audit_logs" },
        { "/api/v2/brands.json", "/api/v2/brands" },
        { "/api/v2/custom_roles.json", "/api/v2/custom_roles" },
        { "/api/v2/user_fields.json", "/api/v2/user_fields" },
        { "/api/v2/organization_fields.json", "/api/v2/organization_fields" },
        { "/api/v2/views.json", "/api/v2/views" },
        { "/api/v2/triggers.json", "/api/v2/triggers" },
        { "/api/v2/automations.json", "/api/v2/automations" },
        { "/api/v2/custom_statuses.json", "/api/v2/custom_statuses" },
        { "/api/v2/satisfaction_reasons.json", "/api/v2/satisfaction_reasons" },
        { "/api/v2/deleted_tickets.json", "/api/v2/deleted_tickets" },
        { "/api/v2/deleted_tickets.json?page[size]=2", "/api/v2/deleted_tickets" },
        { "/api/v2/deleted_users.json", "/api/v2/deleted_users" },
        { "/api/v2/suspended_tickets.json", "/api/v2/suspended_tickets" },
        { "/api/v2/suspended_tickets.json?page[size]=2", "/api/v2/suspended_tickets" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Responses_validate_against_the_schema_of_zendesks_openapi_document(string request, string oasPath)
    {
        var reply = await fixture.Account.Get(request
            .Replace("{ticket}", fixture.TicketId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{user}", fixture.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        var validator = new SchemaValidator(OasDocument.Instance, Corrections);

        var errors = validator.Validate(reply.Json, OasDocument.Instance.ResponseSchema(oasPath));

        errors.ShouldBeEmpty(string.Join("\n", errors.Take(20)));
        reply.Json.EnumerateObject().First().Value.GetArrayLengthOrOne().ShouldBeGreaterThan(0, "the response has no records to check");
    }

    [Fact]
    public async Task The_check_finds_a_response_that_breaks_the_schema()
    {
        var reply = await fixture.Account.Get($"/api/v2/tickets/{fixture.TicketId}.json");
        var broken = JsonNode.Parse(reply.Body)!;
        broken["ticket"]!["id"] = "not a number";
        broken["ticket"]!["created_at"] = "2020-01-01 10:00";
        broken["ticket"]!["priority"] = "whenever";
        broken["ticket"]!["followers"] = new JsonArray();
        var validator = new SchemaValidator(OasDocument.Instance, Corrections);

        var errors = validator.Validate(JsonDocument.Parse(broken.ToJsonString()).RootElement, OasDocument.Instance.ResponseSchema("/api/v2/tickets/{ticket_id}"));

        errors.Count.ShouldBe(4, string.Join("\n", errors));
    }

    [Fact]
    public async Task Embedded_metric_sets_validate_against_the_ticket_metric_schema()
    {
        var reply = await fixture.Account.Get("/api/v2/incremental/tickets/cursor.json?start_time=0&include=metric_sets");
        var validator = new SchemaValidator(OasDocument.Instance, Corrections);
        var schema = OasDocument.Instance.Resolve("#/components/schemas/TicketMetricObject");

        var metricSets = reply.Items("tickets").Where(t => t.TryGetProperty("metric_set", out _)).Select(t => t.GetProperty("metric_set")).ToList();

        metricSets.ShouldNotBeEmpty();
        metricSets.SelectMany(m => validator.Validate(m, schema)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/v2/incremental/users.json?start_time=0&include=identities")]
    [InlineData("/api/v2/incremental/users/cursor.json?start_time=0&include=identities")]
    public async Task Identities_side_loaded_by_the_user_exports_validate_against_the_identity_schema(string request)
    {
        var reply = await fixture.Account.Get(request);
        var validator = new SchemaValidator(OasDocument.Instance, Corrections);
        var schema = OasDocument.Instance.Resolve("#/components/schemas/UserIdentityObject");

        var identities = reply.Items("identities");

        identities.ShouldNotBeEmpty();
        identities.SelectMany(i => validator.Validate(i, schema)).ShouldBeEmpty();
    }

    /// <summary>
    /// The OAS schema and example of the ticket events export describe ticket metric events, which is
    /// wrong: the real items are ticket updates with child events. This checks the
    /// shape §7 documents instead.
    /// </summary>
    [Theory]
    [InlineData("/api/v2/incremental/ticket_events.json?start_time=0")]
    [InlineData("/api/v2/incremental/ticket_events.json?start_time=0&include=comment_events")]
    public async Task Ticket_events_have_the_shape_zendesk_documents_rather_than_the_oas_one(string request)
    {
        var reply = await fixture.Account.Get(request);
        var validator = new SchemaValidator(OasDocument.Instance, Corrections);

        var errors = validator.Validate(reply.Json, TicketEventsSchema);

        errors.ShouldBeEmpty(string.Join("\n", errors.Take(20)));
        reply.Items("ticket_events").ShouldNotBeEmpty();
    }

    /// <summary>Talk phone numbers and business-hours schedules are not in the Support OAS; their fields are those of Zendesk's Talk and business-hours API references.</summary>
    [Theory]
    [InlineData("/api/v2/channels/voice/phone_numbers.json", "phone_numbers", "id,number,display_number,name,nickname,country_code,location,toll_free,capabilities,sms_enabled,voice_enabled,outbound_enabled,recorded,transcription,external,priority,default_group_id,group_ids,greeting_ids,default_greeting_ids,categorised_greetings,ivr_id,schedule_id,line_type,brand_id,call_recording_consent,failover_number,token,created_at")]
    [InlineData("/api/v2/business_hours/schedules.json", "schedules", "id,name,time_zone,intervals,created_at,updated_at")]
    public async Task Endpoints_outside_the_oas_carry_the_fields_zendesk_documents(string request, string key, string fields)
    {
        var reply = await fixture.Account.Get(request);

        var items = reply.Items(key);

        items.ShouldNotBeEmpty();
        foreach (var item in items)
        {
            fields.Split(',').Where(f => !item.TryGetProperty(f, out _)).ShouldBeEmpty();
        }
    }

    private static readonly JsonNode TicketEventsSchema = JsonNode.Parse("""
        {
          "type": "object",
          "required": ["ticket_events", "count", "end_of_stream", "end_time", "next_page"],
          "properties": {
            "count": {"type": "integer"}, "end_of_stream": {"type": "boolean"}, "end_time": {"type": "integer"}, "next_page": {"type": "string"},
            "ticket_events": {"type": "array", "items": {
              "type": "object",
              "required": ["id", "ticket_id", "timestamp", "created_at", "updater_id", "via", "system", "event_type", "child_events"],
              "properties": {
                "id": {"type": "integer"}, "ticket_id": {"type": "integer"}, "timestamp": {"type": "integer"},
                "created_at": {"type": "string", "format": "date-time"}, "updater_id": {"type": "integer"},
                "via": {"type": "string"}, "event_type": {"type": "string", "enum": ["Audit"]},
                "system": {"type": "object", "properties": {"client": {"type": "string"}, "ip_address": {"type": "string"}, "location": {"type": "string"}, "latitude": {"type": "number"}, "longitude": {"type": "number"}}},
                "child_events": {"type": "array", "items": {
                  "type": "object",
                  "required": ["id", "via", "via_reference_id", "event_type"],
                  "properties": {
                    "id": {"type": "integer"}, "event_type": {"type": "string", "enum": ["Create", "Change", "Comment"]},
                    "via_reference_id": {"type": "integer", "nullable": true},
                    "via": {"anyOf": [{"type": "string"}, {"type": "object", "required": ["channel", "source"]}]},
                    "comment_present": {"type": "boolean"}, "comment_public": {"type": "boolean"},
                    "body": {"type": "string"}, "html_body": {"type": "string"}, "public": {"type": "boolean"},
                    "attachments": {"type": "array"}, "audit_id": {"type": "integer"}, "author_id": {"type": "integer"},
                    "created_at": {"type": "string", "format": "date-time"}
                  }
                }}
              }
            }}
          }
        }
        """)!;
}
