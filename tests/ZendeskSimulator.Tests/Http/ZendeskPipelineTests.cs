using System.Net;
using System.Text;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Http;

public sealed class ZendeskPipelineTests
{
    private const string Unauthorized = """{"error":"Couldn't authenticate you"}""";

    [Theory]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("password")]
    public async Task Wrong_or_missing_credentials_get_the_37_byte_401(string kind)
    {
        await using var account = await TestAccount.Start();
        var email = account.Host.Credentials.Email;
        var header = kind switch
        {
            "wrong" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}/token:not-the-token")),
            "password" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{account.Host.Credentials.ApiToken}")),
            _ => string.Empty,
        };

        var reply = await account.Get("/api/v2/groups.json", header);

        reply.Status.ShouldBe(HttpStatusCode.Unauthorized);
        reply.Body.ShouldBe(Unauthorized);
        Encoding.UTF8.GetByteCount(reply.Body).ShouldBe(37);
        reply.Headers.WwwAuthenticate.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_bad_bearer_token_gets_the_invalid_token_body()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get("/api/v2/groups", "Bearer not-a-token");

        reply.Status.ShouldBe(HttpStatusCode.Unauthorized);
        reply.Json.Text("error").ShouldBe("invalid_token");
        reply.Json.Text("error_description").ShouldBe("The access token provided is expired, revoked, malformed or invalid for other reasons.");
        reply.Header("WWW-Authenticate").ShouldBe("Bearer realm=\"Zendesk\", error=\"invalid_token\", error_description=\"The access token provided is expired, revoked, malformed or invalid for other reasons.\"");
    }

    [Fact]
    public async Task An_oauth_token_without_the_read_scope_is_refused_where_a_resource_scope_does_not_grant_it()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { OAuthScopes = "tickets:read" });
        var bearer = account.Host.Credentials.BearerHeader;

        var tickets = await account.Get("/api/v2/tickets", bearer);
        var audits = await account.Get("/api/v2/ticket_audits", bearer);

        tickets.Status.ShouldBe(HttpStatusCode.OK);
        audits.Status.ShouldBe(HttpStatusCode.Forbidden);
        audits.Body.ShouldBe("""{"error":"Forbidden","description":"Missing the following required scopes: read"}""");
    }

    [Fact]
    public async Task A_missing_account_answers_404_no_help_desk_even_before_authentication()
    {
        await using var account = await TestAccount.Start();
        account.Host.Settings.AccountExists = false;

        var reply = await account.Get("/api/v2/users/me", string.Empty);

        reply.Status.ShouldBe(HttpStatusCode.NotFound);
        reply.Json.GetProperty("error").Text("message").ShouldStartWith("There is no help desk configured at this address.");
    }

    [Theory]
    [InlineData("/api/v2/slas/policies", "team")]
    [InlineData("/api/v2/ticket_forms", "team")]
    [InlineData("/api/v2/satisfaction_ratings", "team")]
    [InlineData("/api/v2/user_fields", "team")]
    [InlineData("/api/v2/organization_fields", "team")]
    [InlineData("/api/v2/business_hours/schedules", "team")]
    [InlineData("/api/v2/custom_roles", "professional")]
    [InlineData("/api/v2/audit_logs", "professional")]
    public async Task Gated_endpoints_answer_403_below_their_plan(string path, string plan)
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Plan = SimulatorOptions.ParsePlan(plan) });

        var refused = await account.Get(path);
        account.Host.Settings.Plan = ZendeskPlan.Enterprise;
        var allowed = await account.Get(path);

        refused.Status.ShouldBe(HttpStatusCode.Forbidden);
        refused.Body.ShouldBe("""{"error":{"title":"Forbidden","message":"Access to this resource is restricted. Please contact the account administrator for assistance."}}""");
        allowed.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Talk_phone_numbers_answer_403_without_talk()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { TalkEnabled = false });

        (await account.Get("/api/v2/channels/voice/phone_numbers")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await account.Get("/api/v2/groups")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_endpoints_and_records_get_404_bodies()
    {
        await using var account = await TestAccount.Start();

        var endpoint = await account.Get("/api/v2/no_such_thing.json");
        var record = await account.Get("/api/v2/tickets/999/audits.json");

        endpoint.Status.ShouldBe(HttpStatusCode.NotFound);
        endpoint.Body.ShouldBe("""{"error":"InvalidEndpoint","description":"Not found"}""");
        record.Status.ShouldBe(HttpStatusCode.NotFound);
        record.Body.ShouldBe("""{"error":"RecordNotFound","description":"Not found"}""");
    }

    [Fact]
    public async Task The_json_suffix_is_optional()
    {
        await using var account = await TestAccount.Start();

        var with = await account.Get("/api/v2/groups.json");
        var without = await account.Get("/api/v2/groups");

        with.Status.ShouldBe(HttpStatusCode.OK);
        with.Body.ShouldBe(without.Body);
    }
}
