using Microsoft.Extensions.Time.Testing;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Connection;

namespace Zendesk.Singer.Tap.Tests.Configuration;

public sealed class TapConfigReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly StringWriter _stderr = new();

    [Fact]
    public void Reads_the_email_and_api_token_form()
    {
        var config = Read("""{"subdomain":"acme","email":"me@acme.test","api_token":"tok-123456"}""");

        config.Connection.Email.ShouldBe("me@acme.test");
        config.Connection.ApiToken.ShouldBe("tok-123456");
        config.Connection.AccessToken.ShouldBeNull();
        config.Connection.BaseUri.ShouldBe(new Uri("https://acme.zendesk.com"));
    }

    [Fact]
    public void Reads_the_oauth_form()
    {
        var config = Read("""{"subdomain":"acme","access_token":"oauth-123456"}""");

        config.Connection.AccessToken.ShouldBe("oauth-123456");
        config.Connection.Email.ShouldBeNull();
    }

    [Fact]
    public void Fills_in_the_defaults()
    {
        var config = Read("""{"subdomain":"acme","access_token":"oauth-123456"}""");

        config.StartDate.ShouldBe(Now.AddYears(-1));
        config.Connection.RequestTimeout.ShouldBe(TimeSpan.FromSeconds(300));
        config.ListPageSize.ShouldBe(100);
        config.ExportPageSize.ShouldBe(1000);
        config.Connection.MaxRequestsPerMinute.ShouldBeNull("auto");
        config.Connection.RateLimitReserve.ShouldBe(10);
        config.IncrementalRequestsPerMinute.ShouldBeNull("follow what Zendesk announces");
        config.CommentsSource.ShouldBe(TicketChildSource.TicketEvents);
        config.SupportTypeScope.ShouldBe("all");
        config.Connection.BudgetsDisabled.ShouldBeFalse();
        config.CustomTicketFieldsAsColumns.ShouldBeFalse();
    }

    [Fact]
    public void Reads_every_setting_given()
    {
        var config = Read("""
            {"subdomain":"acme","access_token":"oauth-123456","refresh_token":"refresh-123456","client_id":"app","client_secret":"secret-123456",
             "start_date":"2024-01-02T01:01:00.000000Z","request_timeout":60,"page_size":50,"max_requests_per_minute":"auto","rate_limit_reserve":25,
             "incremental_requests_per_minute":30,"ticket_comments_source":"per_ticket","ticket_audits_source":"ticket_events","user_agent":"me/1","base_url":"http://127.0.0.1:8089/",
             "request_budgets":false,"support_type_scope":"agent","custom_ticket_fields_as_columns":true}
            """);

        config.StartDate.ShouldBe(new DateTimeOffset(2024, 1, 2, 1, 1, 0, TimeSpan.Zero));
        config.Connection.RequestTimeout.ShouldBe(TimeSpan.FromSeconds(60));
        config.ListPageSize.ShouldBe(50);
        config.ExportPageSize.ShouldBe(50);
        config.Connection.MaxRequestsPerMinute.ShouldBeNull();
        config.Connection.RateLimitReserve.ShouldBe(25);
        config.IncrementalRequestsPerMinute.ShouldBe(30);
        config.CommentsSource.ShouldBe(TicketChildSource.PerTicket);
        config.AuditsSource.ShouldBe(TicketChildSource.TicketEvents);
        config.Connection.UserAgent.ShouldBe("me/1");
        config.Connection.BaseUri.ShouldBe(new Uri("http://127.0.0.1:8089"));
        config.Connection.RefreshToken.ShouldBe("refresh-123456");
        config.Connection.BudgetsDisabled.ShouldBeTrue();
        config.SupportTypeScope.ShouldBe("agent");
        config.CustomTicketFieldsAsColumns.ShouldBeTrue();
        _stderr.ToString().ShouldNotContain("does not know");
    }

    [Fact]
    public void Accepts_numbers_given_as_strings()
    {
        var config = Read("""{"subdomain":"acme","access_token":"oauth-123456","request_timeout":"120","page_size":"1000","max_requests_per_minute":"400"}""");

        config.Connection.RequestTimeout.ShouldBe(TimeSpan.FromSeconds(120));
        config.ListPageSize.ShouldBe(100);
        config.ExportPageSize.ShouldBe(1000);
        config.Connection.MaxRequestsPerMinute.ShouldBe(400);
    }

    [Theory]
    [InlineData("acme.zendesk.com")]
    [InlineData("https://acme.zendesk.com/")]
    [InlineData("ACME")]
    public void Reduces_a_host_name_to_the_subdomain_with_a_warning(string given)
    {
        var config = Read($$"""{"subdomain":"{{given}}","access_token":"oauth-123456"}""");

        config.Connection.Subdomain.ShouldBe("acme");
        config.Connection.BaseUri.Host.ShouldBe("acme.zendesk.com");
        _stderr.ToString().ShouldContain("WARNING");
        _stderr.ToString().ShouldContain("\"acme\"");
    }

    [Fact]
    public void Says_nothing_about_a_plain_subdomain()
    {
        Read("""{"subdomain":"acme","access_token":"oauth-123456"}""");

        _stderr.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Warns_about_unknown_keys_naming_them()
    {
        Read("""{"subdomain":"acme","access_token":"oauth-123456","rate_limit":5,"select_fields_by_default":true}""");

        _stderr.ToString().ShouldContain("rate_limit,select_fields_by_default");
    }

    [Fact]
    public void Reads_the_client_credentials_form_with_the_read_scope_by_default()
    {
        var config = Read("""{"subdomain":"acme","client_id":"app","client_secret":"secret-123456"}""");

        (config.Connection.ClientId, config.Connection.ClientSecret, config.Connection.Scope).ShouldBe(("app", "secret-123456", "read"));
        config.Connection.AccessToken.ShouldBeNull();
        config.Connection.RefreshToken.ShouldBeNull();
        _stderr.ToString().ShouldNotContain("WARN");
    }

    [Fact]
    public void Refuses_a_client_id_without_its_secret()
    {
        var error = Should.Throw<ConfigurationException>(() => Read("""{"subdomain":"acme","client_id":"app"}"""));

        error.Message.ShouldContain("\"client_secret\"");
    }

    [Fact]
    public void Warns_that_api_tokens_end_on_2027_04_30()
    {
        Read("""{"subdomain":"acme","email":"me@acme.test","api_token":"tok-123456"}""");

        _stderr.ToString().ShouldContain("2027-04-30");
    }

    [Fact]
    public void Prefers_the_tokens_of_a_token_file_to_those_of_the_config()
    {
        var tokenFile = Path.Combine(Path.GetTempPath(), $"tap-token-{Guid.NewGuid():N}.json");
        File.WriteAllText(tokenFile, """{"access_token":"kept-access-9f8e","refresh_token":"kept-refresh-7d6c","expires_at":"2026-11-01T12:30:00Z"}""");
        try
        {
            var config = Read($$"""{"subdomain":"acme","access_token":"old-access-123","refresh_token":"old-refresh-123","client_id":"app","client_secret":"secret-123456","token_file":"{{tokenFile}}"}""");

            (config.Connection.AccessToken, config.Connection.RefreshToken, config.Connection.TokenFile).ShouldBe(("kept-access-9f8e", "kept-refresh-7d6c", tokenFile));
            config.Connection.AccessTokenExpiresAt.ShouldBe(Now.AddMinutes(30));
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    [Fact]
    public void Refuses_a_token_file_without_an_access_token_naming_it()
    {
        var tokenFile = Path.Combine(Path.GetTempPath(), $"tap-token-{Guid.NewGuid():N}.json");
        File.WriteAllText(tokenFile, "{}");
        try
        {
            var error = Should.Throw<ConfigurationException>(() => Read($$"""{"subdomain":"acme","client_id":"app","client_secret":"secret-123456","token_file":"{{tokenFile}}"}"""));

            error.Message.ShouldContain("\"token_file\"");
            error.Message.ShouldContain(tokenFile);
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    [Fact]
    public void Refuses_a_config_without_credentials_naming_the_keys()
    {
        var error = Should.Throw<ConfigurationException>(() => Read("""{"subdomain":"acme"}"""));

        error.Message.ShouldContain("client_id");
        error.Message.ShouldContain("c.json");
        error.Message.ShouldContain("access_token");
        error.Message.ShouldContain("email");
        error.Message.ShouldContain("api_token");
    }

    [Fact]
    public void Refuses_an_email_without_api_token()
    {
        var error = Should.Throw<ConfigurationException>(() => Read("""{"subdomain":"acme","email":"me@acme.test"}"""));

        error.Message.ShouldContain("\"api_token\"");
    }

    [Fact]
    public void Refuses_a_refresh_token_without_the_client()
    {
        var error = Should.Throw<ConfigurationException>(() => Read("""{"subdomain":"acme","access_token":"oauth-123456","refresh_token":"refresh-123456"}"""));

        error.Message.ShouldContain("\"client_id\"");
    }

    [Fact]
    public void Refuses_a_config_without_subdomain_or_base_url()
    {
        var error = Should.Throw<ConfigurationException>(() => Read("""{"access_token":"oauth-123456"}"""));

        error.Message.ShouldContain("\"subdomain\"");
    }

    [Theory]
    [InlineData("\"request_timeout\":\"soon\"", "request_timeout")]
    [InlineData("\"page_size\":0", "page_size")]
    [InlineData("\"max_requests_per_minute\":\"lots\"", "max_requests_per_minute")]
    [InlineData("\"rate_limit_reserve\":95", "rate_limit_reserve")]
    [InlineData("\"incremental_requests_per_minute\":true", "incremental_requests_per_minute")]
    [InlineData("\"ticket_comments_source\":\"audits\"", "ticket_comments_source")]
    [InlineData("\"ticket_audits_source\":\"all_audits\"", "ticket_audits_source")]
    [InlineData("\"support_type_scope\":\"bots\"", "support_type_scope")]
    [InlineData("\"start_date\":\"yesterday\"", "start_date")]
    [InlineData("\"base_url\":\"ftp://x\"", "base_url")]
    [InlineData("\"subdomain\":\"acme corp\"", "subdomain")]
    public void Refuses_a_wrong_value_naming_the_file_and_key(string setting, string key)
    {
        var json = "{\"subdomain\":\"acme\",\"access_token\":\"oauth-123456\"," + setting + "}";

        var error = Should.Throw<ConfigurationException>(() => Read(json));

        error.Message.ShouldContain("c.json");
        error.Message.ShouldContain($"\"{key}\"");
    }

    [Fact]
    public void Never_repeats_a_secret_in_an_error()
    {
        var error = Should.Throw<ConfigurationException>(() => Read("""{"subdomain":"acme","access_token":{"token":"s3cr3t-value"}}"""));

        error.Message.ShouldNotContain("s3cr3t-value");
    }

    [Fact]
    public void Registers_secrets_so_that_logs_redact_them()
    {
        var log = new ProgramLog(_stderr, LogFormat.Text, new FakeTimeProvider(Now));
        TapConfigReader.Read(ConfigFile.FromJson("c.json", """{"subdomain":"acme","email":"me@acme.test","api_token":"tok-987654"}"""), log, new FakeTimeProvider(Now));

        log.Info("about to use tok-987654");

        _stderr.ToString().ShouldNotContain("tok-987654");
    }

    private TapConfig Read(string json)
    {
        var time = new FakeTimeProvider(Now);
        return TapConfigReader.Read(ConfigFile.FromJson("c.json", json), new ProgramLog(_stderr, LogFormat.Text, time), time);
    }
}
