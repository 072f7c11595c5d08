using System.Text;

namespace Zendesk.Singer.Http.Tests;

public sealed class ZendeskCredentialsTests
{
    [Fact]
    public async Task No_failure_puts_a_credential_in_a_message_or_the_log()
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{HttpTestbed.Email}/token:{HttpTestbed.ApiToken}"));
        await using var bed = await HttpTestbed.StartAsync(o => o with { MaxTries = 2 });
        var echo = $"token {HttpTestbed.ApiToken} header Basic {basic}";
        bed.Server
            .Then(ScriptedZendesk.Json(401, $$"""{"error":"{{echo}}"}"""))
            .Then(ScriptedZendesk.Json(403, $$"""{"error":"{{echo}}"}"""))
            .Then(ScriptedZendesk.Json(404, $$"""{"error":"{{echo}}"}"""))
            .Then(ScriptedZendesk.Json(422, $$"""{"error":"{{echo}}"}"""))
            .Then(ScriptedZendesk.Json(400, echo))
            .Then(2, ScriptedZendesk.Json(500, echo));

        var messages = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var error = await Should.ThrowAsync<ZendeskException>(bed.RunAsync(bed.GetTextAsync($"/api/v2/x{i}")));
            messages.Add(error.Message);
            messages.Add(error.ZendeskMessage ?? string.Empty);
        }

        bed.Log.Warn($"a careless line with {HttpTestbed.ApiToken} and {basic}");
        var everything = string.Join('\n', messages) + bed.LogText;
        everything.ShouldNotContain(HttpTestbed.ApiToken);
        everything.ShouldNotContain(basic);
        everything.ShouldContain("***");
    }

    [Fact]
    public void Scrubs_the_longest_secret_first()
    {
        using var text = new StringWriter();
        var log = new TextLog(text);
        var credentials = new ZendeskCredentials(
            new ZendeskClientOptions { BaseUri = new Uri("https://acme.zendesk.com"), AccessToken = "abcd1234", RefreshToken = "abcd1234-refresh" },
            log);

        credentials.Scrub("access abcd1234, refresh abcd1234-refresh").ShouldBe("access ***, refresh ***");
    }
}
