namespace Zendesk.Singer.Http.Tests;

public sealed class ResponseClassifierTests
{
    [Fact]
    public async Task Reports_refused_credentials_with_advice_and_without_the_token()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(401, """{"error":"Couldn't authenticate you"}""", ("WWW-Authenticate", "Basic realm=\"Web Password\"")));

        var error = await Should.ThrowAsync<ZendeskAuthenticationException>(bed.GetTextAsync("/api/v2/users/me"));

        error.Message.ShouldContain("Zendesk refused the credentials (HTTP 401)");
        error.Message.ShouldContain("check email and api_token, or access_token");
        error.Message.ShouldContain("Couldn't authenticate you");
        error.Message.ShouldNotContain(HttpTestbed.ApiToken);
        error.StatusCode.ShouldBe(401);
        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Reports_a_plan_gated_endpoint_as_forbidden_with_zendesks_message()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(
            403,
            """{"error":{"title":"Forbidden","message":"Access to this resource is restricted. Please contact the account administrator for assistance."}}"""));

        var error = await Should.ThrowAsync<ZendeskForbiddenException>(bed.GetTextAsync("/api/v2/slas/policies?page[size]=100"));

        error.Endpoint.ShouldBe("/api/v2/slas/policies");
        error.ZendeskMessage.ShouldBe("Forbidden: Access to this resource is restricted. Please contact the account administrator for assistance.");
        error.Message.ShouldContain("/api/v2/slas/policies (HTTP 403)");
        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Reports_a_missing_scope_as_a_sign_in_problem_not_as_a_plan_that_lacks_the_stream()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(403, """{"error":"Forbidden","description":"Missing the following required scopes: read"}"""));

        var error = await Should.ThrowAsync<ZendeskAuthenticationException>(bed.GetTextAsync("/api/v2/ticket_audits"));

        error.ZendeskMessage.ShouldBe("Forbidden: Missing the following required scopes: read");
        error.Message.ShouldContain("the OAuth token lacks that scope");
    }

    [Fact]
    public async Task Says_there_is_no_help_desk_when_zendesk_says_so()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(
            404,
            """{"error":{"title":"No help desk at nosuch.zendesk.com","message":"There is no help desk configured at this address. This means that the address is available and that you can claim it at http://www.zendesk.com/signup"}}"""));

        var error = await Should.ThrowAsync<ZendeskNoHelpDeskException>(bed.GetTextAsync("/api/v2/groups"));

        error.Message.ShouldStartWith($"There is no Zendesk help desk at {bed.Server.BaseUri.Authority}");
        error.Message.ShouldContain("subdomain or base_url");
        error.Host.ShouldBe(bed.Server.BaseUri.Authority);
    }

    [Fact]
    public async Task Says_there_is_no_help_desk_when_the_account_root_is_not_found()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(404, """{"error":"RecordNotFound","description":"Not found"}"""));

        await Should.ThrowAsync<ZendeskNoHelpDeskException>(bed.GetTextAsync("/api/v2/"));
    }

    [Fact]
    public async Task Reports_any_other_404_as_not_found_with_the_endpoint()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(404, """{"error":"RecordNotFound","description":"Not found"}"""));

        var error = await Should.ThrowAsync<ZendeskNotFoundException>(bed.GetTextAsync("/api/v2/tickets/12345/audits?page[size]=100"));

        error.Endpoint.ShouldBe("/api/v2/tickets/12345/audits");
        error.Message.ShouldBe("Zendesk has no /api/v2/tickets/12345/audits (HTTP 404): RecordNotFound: Not found");
    }

    [Fact]
    public async Task Tells_a_too_recent_start_time_apart_from_other_validation_errors()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(422, """{"error":"InvalidValue","description":"Too recent start_time. Use a start_time older than 1 minute"}"""));

        var error = await Should.ThrowAsync<ZendeskTooRecentException>(
            bed.GetTextAsync("/api/v2/incremental/ticket_events.json?start_time=1793520000", RequestBudget.Incremental));

        error.Endpoint.ShouldBe("/api/v2/incremental/ticket_events.json");
        error.StatusCode.ShouldBe(422);
        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Reports_other_client_errors_with_status_endpoint_and_zendesks_text_but_no_query()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(
            400,
            """{"errors":[{"code":"InvalidPaginationDepth","title":"Pagination requests using Offset Pagination are limited to page 100"}]}"""));

        var error = await Should.ThrowAsync<ZendeskException>(bed.GetTextAsync("/api/v2/tags.json?page=101&per_page=100"));

        error.GetType().ShouldBe(typeof(ZendeskException));
        error.StatusCode.ShouldBe(400);
        error.Message.ShouldBe("Zendesk rejected /api/v2/tags.json (HTTP 400 Bad Request): Pagination requests using Offset Pagination are limited to page 100");
        bed.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Reports_a_plain_text_error_as_it_is()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "text/plain";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, "Bad request:\n  the   parameter is wrong");
        });

        var error = await Should.ThrowAsync<ZendeskException>(bed.GetTextAsync("/api/v2/groups"));

        error.ZendeskMessage.ShouldBe("Bad request: the parameter is wrong");
    }

    [Fact]
    public async Task Removes_a_credential_that_zendesk_echoes_in_its_error()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(422, $$"""{"error":"RecordInvalid","description":"token {{HttpTestbed.ApiToken}} is not valid here"}"""));

        var error = await Should.ThrowAsync<ZendeskException>(bed.GetTextAsync("/api/v2/groups"));

        error.Message.ShouldNotContain(HttpTestbed.ApiToken);
        error.ZendeskMessage.ShouldBe("RecordInvalid: token *** is not valid here");
    }
}
