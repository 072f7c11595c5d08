namespace Zendesk.Singer.Http.Tests;

public sealed class ZendeskUrlsTests
{
    [Theory]
    [InlineData("https://acme.zendesk.com", "/api/v2/groups?page[size]=100", "https://acme.zendesk.com/api/v2/groups?page[size]=100")]
    [InlineData("https://acme.zendesk.com/", "api/v2/groups", "https://acme.zendesk.com/api/v2/groups")]
    [InlineData("https://proxy.example.com/zendesk/", "/api/v2/groups", "https://proxy.example.com/zendesk/api/v2/groups")]
    [InlineData("http://127.0.0.1:8089", "/api/v2/tags.json?page=2", "http://127.0.0.1:8089/api/v2/tags.json?page=2")]
    public void Puts_a_path_under_the_base_address(string baseUri, string path, string expected)
    {
        new ZendeskUrls(new Uri(baseUri)).Resolve(path).OriginalString.ShouldBe(expected);
    }

    [Fact]
    public void Keeps_a_link_to_the_same_host_verbatim()
    {
        var urls = new ZendeskUrls(new Uri("https://acme.zendesk.com"));
        const string link = "https://acme.zendesk.com/api/v2/incremental/users/cursor.json?cursor=a%2Bb%3D%3D&include=x";

        urls.Resolve(link).OriginalString.ShouldBe(link);
    }

    [Fact]
    public void Points_a_link_to_another_host_at_the_configured_address()
    {
        var urls = new ZendeskUrls(new Uri("https://proxy.example.com/zendesk"));

        var target = urls.Resolve("https://acme.zendesk.com/api/v2/groups.json?page=3");

        target.OriginalString.ShouldBe("https://proxy.example.com/zendesk/api/v2/groups.json?page=3");
    }

    [Fact]
    public void Keeps_a_link_to_an_admitted_brand_host_and_still_re_points_any_other()
    {
        var urls = new ZendeskUrls(new Uri("https://acme.zendesk.com"));
        urls.Admit(new Uri("https://acme-help.zendesk.com"));

        urls.Resolve("https://acme-help.zendesk.com/api/v2/help_center/articles").OriginalString.ShouldBe("https://acme-help.zendesk.com/api/v2/help_center/articles");
        urls.Resolve("https://elsewhere.example.com/api/v2/help_center/articles").OriginalString.ShouldBe("https://acme.zendesk.com/api/v2/help_center/articles");
    }

    [Fact]
    public void Refuses_to_admit_a_brand_host_of_another_scheme()
    {
        var urls = new ZendeskUrls(new Uri("https://acme.zendesk.com"));

        Should.Throw<ArgumentException>(() => urls.Admit(new Uri("http://acme-help.zendesk.com")));
        urls.Resolve("http://acme-help.zendesk.com/api/v2/brands").OriginalString.ShouldBe("https://acme.zendesk.com/api/v2/brands");
    }

    [Theory]
    [InlineData("https://acme.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=abc&start_time=1", "/api/v2/incremental/tickets/cursor.json")]
    [InlineData("https://acme.zendesk.com/api/v2/groups", "/api/v2/groups")]
    [InlineData("https://acme.zendesk.com", "/")]
    public void Names_an_endpoint_by_its_path_without_the_query(string url, string expected)
    {
        ZendeskUrls.Endpoint(new Uri(url)).ShouldBe(expected);
    }

    [Fact]
    public void Refuses_a_base_address_that_is_not_http()
    {
        Should.Throw<ArgumentException>(() => new ZendeskUrls(new Uri("ftp://acme.zendesk.com")));
    }
}
