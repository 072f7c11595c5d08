using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Data;

public sealed class CatalogGeneratorTests
{
    [Fact]
    public async Task The_subdomain_and_the_address_called_reach_field_option_and_brand_logo_urls()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Subdomain = "acme" });

        var ticketFields = await account.Get("/api/v2/ticket_fields.json");
        var userFields = await account.Get("/api/v2/user_fields.json");
        var brands = await account.Get("/api/v2/brands.json");

        var options = ticketFields.Items("ticket_fields").Concat(userFields.Items("user_fields"))
            .Where(f => f.TryGetProperty("custom_field_options", out _))
            .SelectMany(f => f.GetProperty("custom_field_options").EnumerateArray().Select(o => (Field: f.Long("id"), Url: o.Text("url")!)))
            .ToList();
        options.ShouldNotBeEmpty();
        options.ShouldAllBe(o => o.Url.StartsWith(account.Host.BaseUrl + "/api/v2/", StringComparison.Ordinal) && o.Url.Contains($"/{o.Field}/options/", StringComparison.Ordinal));
        var logo = brands.Items("brands")[0].GetProperty("logo");
        logo.Text("url")!.ShouldStartWith(account.Host.BaseUrl + "/api/v2/attachments/");
        logo.Text("content_url")!.ShouldStartWith("https://acme.zendesk.com/");
        (ticketFields.Body + userFields.Body + brands.Body).ShouldNotContain("simulator.zendesk.com");
    }
}
