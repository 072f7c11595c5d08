using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Http;

public sealed class PublicAddressTests
{
    private const string Export = "/api/v2/incremental/tickets.json?start_time=0&per_page=5";

    [Fact]
    public async Task Links_and_record_urls_use_the_scheme_and_host_a_tls_front_forwards()
    {
        await using var account = await TestAccount.Start();
        var request = new HttpRequestMessage(HttpMethod.Get, Export);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "acme.zendesk.example, proxy.internal");
        var cursor = new HttpRequestMessage(HttpMethod.Get, "/api/v2/users.json?page[size]=2");
        cursor.Headers.Add("X-Forwarded-Proto", "https");
        cursor.Headers.Host = "acme.zendesk.example";

        var page = await account.Send(request);
        var users = await account.Send(cursor);

        page["next_page"].GetString()!.ShouldStartWith("https://acme.zendesk.example/api/v2/incremental/tickets.json?");
        page.Items("tickets")[0].Text("url")!.ShouldStartWith("https://acme.zendesk.example/api/v2/tickets/");
        users["links"].Text("next")!.ShouldStartWith("https://acme.zendesk.example/api/v2/users.json?");
        users.Items("users")[0].Text("url")!.ShouldStartWith("https://acme.zendesk.example/api/v2/users/");
    }

    [Fact]
    public async Task A_public_url_is_the_base_of_every_url_whatever_the_request_says()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { PublicUrl = new Uri("https://support.example.com/zendesk") });
        var request = new HttpRequestMessage(HttpMethod.Get, Export);
        request.Headers.Add("X-Forwarded-Proto", "http");
        request.Headers.Add("X-Forwarded-Host", "elsewhere.example");

        var page = await account.Send(request);
        var cursor = await account.Get("/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=5");

        page["next_page"].GetString()!.ShouldStartWith("https://support.example.com/zendesk/api/v2/incremental/tickets.json?");
        page.Items("tickets")[0].Text("url")!.ShouldStartWith("https://support.example.com/zendesk/api/v2/tickets/");
        cursor["after_url"].GetString()!.ShouldStartWith("https://support.example.com/zendesk/api/v2/incremental/tickets/cursor.json?");
    }
}
