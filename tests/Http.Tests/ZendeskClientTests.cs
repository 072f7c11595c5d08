using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Zendesk.Singer.Http.Tests;

public sealed class ZendeskClientTests
{
    [Fact]
    public async Task Returns_the_parsed_answer()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Json(200, """{"groups":[{"id":48557297720084,"name":"Support"}],"next_page":null}"""));

        using var document = await bed.Client.GetJsonAsync("/api/v2/groups.json", RequestBudget.Core, CancellationToken.None);

        document.RootElement.GetProperty("groups")[0].GetProperty("id").GetInt64().ShouldBe(48557297720084);
        bed.Server.Requests.Single().Target.ShouldBe("/api/v2/groups.json");
    }

    [Fact]
    public async Task Sends_an_api_token_as_basic_auth_with_the_token_suffix_on_the_email()
    {
        await using var bed = await HttpTestbed.StartAsync();

        await bed.GetTextAsync("/api/v2/users/me");

        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{HttpTestbed.Email}/token:{HttpTestbed.ApiToken}"));
        bed.Server.Requests.Single().Authorization.ShouldBe($"Basic {expected}");
    }

    [Fact]
    public async Task Sends_an_access_token_as_a_bearer_token()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { Email = null, ApiToken = null, AccessToken = "oauth-Kd82jfQ0" });

        await bed.GetTextAsync("/api/v2/users/me");

        bed.Server.Requests.Single().Authorization.ShouldBe("Bearer oauth-Kd82jfQ0");
    }

    [Fact]
    public async Task Prefers_the_access_token_when_both_credential_forms_are_given()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { AccessToken = "oauth-Kd82jfQ0" });

        await bed.GetTextAsync("/api/v2/users/me");

        bed.Server.Requests.Single().Authorization.ShouldBe("Bearer oauth-Kd82jfQ0");
    }

    [Fact]
    public void Refuses_options_without_any_credentials()
    {
        var options = new ZendeskClientOptions { BaseUri = new Uri("https://acme.zendesk.com"), Email = "agent@example.com" };
        using var log = new StringWriter();

        var error = Should.Throw<ArgumentException>(() => new ZendeskClient(options, new TextLog(log), TimeProvider.System));

        error.Message.ShouldContain("access_token");
        error.Message.ShouldContain("api_token");
    }

    [Fact]
    public async Task Asks_for_json_and_compressed_answers_and_names_itself()
    {
        await using var bed = await HttpTestbed.StartAsync(o => o with { UserAgent = "acme-sync/2.1" });

        await bed.GetTextAsync("/api/v2/groups");

        var seen = bed.Server.Requests.Single();
        seen.Accept.ShouldBe("application/json");
        seen.AcceptEncoding.ShouldNotBeNull();
        seen.AcceptEncoding.ShouldContain("gzip");
        seen.AcceptEncoding.ShouldContain("br");
        seen.UserAgent.ShouldBe("acme-sync/2.1");
    }

    [Fact]
    public async Task Names_itself_after_the_running_program_by_default()
    {
        await using var bed = await HttpTestbed.StartAsync();

        await bed.GetTextAsync("/api/v2/groups");

        var program = Assembly.GetEntryAssembly().ShouldNotBeNull().GetName().Name;
        bed.Server.Requests.Single().UserAgent.ShouldNotBeNull().ShouldStartWith($"{program}/");
    }

    [Fact]
    public async Task Reads_gzip_compressed_answers()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Gzip("""{"count":3}"""));

        var text = await bed.GetTextAsync("/api/v2/tickets/count");

        text.ShouldBe("""{"count":3}""");
    }

    [Fact]
    public async Task Follows_a_link_from_zendesk_verbatim()
    {
        await using var bed = await HttpTestbed.StartAsync();
        var link = new Uri(bed.Server.BaseUri, "/api/v2/incremental/tickets/cursor.json?cursor=MTU3NjYxMzUzOS4wfHw0NTF8%3D&per_page=1000+").AbsoluteUri;

        await bed.GetTextAsync(link, RequestBudget.Incremental);

        bed.Server.Requests.Single().Target.ShouldBe("/api/v2/incremental/tickets/cursor.json?cursor=MTU3NjYxMzUzOS4wfHw0NTF8%3D&per_page=1000+");
    }

    [Fact]
    public async Task Counts_requests_per_budget()
    {
        await using var bed = await HttpTestbed.StartAsync();

        await bed.GetTextAsync("/api/v2/groups");
        await bed.GetTextAsync("/api/v2/incremental/tickets/cursor?start_time=0", RequestBudget.Incremental);
        await bed.GetTextAsync("/api/v2/incremental/users/cursor?start_time=0", RequestBudget.Incremental);

        bed.Client.Counters.CoreRequests.ShouldBe(1);
        bed.Client.Counters.IncrementalRequests.ShouldBe(2);
        bed.Client.Counters.Requests.ShouldBe(3);
    }

    [Fact]
    public async Task Fails_at_once_with_a_clear_error_when_the_certificate_is_not_trusted()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(RecordingClock.Origin.AddDays(-1), RecordingClock.Origin.AddYears(1));
        using var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        var clock = new RecordingClock();
        await using var server = await ScriptedZendesk.StartAsync(clock, certificate);
        using var log = new StringWriter();
        var https = new UriBuilder(server.BaseUri) { Scheme = Uri.UriSchemeHttps }.Uri;
        using var client = new ZendeskClient(
            new ZendeskClientOptions { BaseUri = https, Email = HttpTestbed.Email, ApiToken = HttpTestbed.ApiToken },
            new TextLog(log),
            clock);

        var error = await Should.ThrowAsync<ZendeskException>(client.GetJsonAsync("/api/v2/groups", RequestBudget.Core, CancellationToken.None));

        error.Message.ShouldStartWith($"Could not reach Zendesk at {https.Authority} for /api/v2/groups: ");
        client.Counters.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task Gives_up_on_an_address_where_nothing_listens_after_the_tries()
    {
        var clock = new RecordingClock();
        using var log = new StringWriter();
        using var client = HttpTestbed.Unreachable(clock, log);

        var error = await Should.ThrowAsync<ZendeskException>(clock.RunQuietlyAsync(client.GetJsonAsync("/api/v2/groups", RequestBudget.Core, CancellationToken.None), TimeSpan.FromSeconds(1), () => client.Budgets.Core.InFlight == 0));

        error.Message.ShouldContain("after 3 tries; the last one failed with a connection error");
        client.Counters.CoreRequests.ShouldBe(3);
        log.ToString().Split('\n').Count(l => l.Contains("retrying a Zendesk request", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task Stops_when_the_caller_cancels()
    {
        await using var bed = await HttpTestbed.StartAsync();
        bed.Server.Then(ScriptedZendesk.Hang);
        using var cancel = new CancellationTokenSource();

        var call = bed.GetTextAsync("/api/v2/groups", RequestBudget.Core, cancel.Token);
        await RecordingClock.UntilAsync(() => bed.Server.Requests.Count == 1, "the request reached the server");
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(call);
        bed.Client.Counters.Retries.ShouldBe(0);
    }
}
