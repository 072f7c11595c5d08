using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Protocol.Tests.Configuration;

public sealed class ConfigFileTests
{
    private const string Secret = "s3cr3t-t0ken-value";

    [Fact]
    public void Reads_typed_values()
    {
        var config = ConfigFile.FromJson("c.json", """{"subdomain":"acme","page_size":100,"flag":true,"start_date":"2024-01-01T00:00:00Z"}""");

        config.String("subdomain").ShouldBe("acme");
        config.Integer("page_size").ShouldBe(100);
        config.Boolean("flag").ShouldBe(true);
        config.DateTime("start_date").ShouldBe(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        config.String("absent").ShouldBeNull();
    }

    [Fact]
    public void Accepts_numbers_and_booleans_given_as_strings_as_meltano_passes_them()
    {
        var config = ConfigFile.FromJson("c.json", """{"page_size":"250","flag":"false"}""");

        config.Integer("page_size").ShouldBe(250);
        config.Boolean("flag").ShouldBe(false);
    }

    [Fact]
    public void Treats_null_as_absent()
    {
        ConfigFile.FromJson("c.json", """{"subdomain":null}""").String("subdomain").ShouldBeNull();
    }

    [Fact]
    public void Names_the_file_and_key_of_a_missing_required_value()
    {
        var error = Should.Throw<ConfigurationException>(() => ConfigFile.FromJson("tap.json", "{}").RequiredString("subdomain"));

        error.Message.ShouldBe("config file 'tap.json': the required key \"subdomain\" is missing");
    }

    [Fact]
    public void Names_the_key_of_a_wrong_type_without_printing_the_value()
    {
        var config = ConfigFile.FromJson("tap.json", $$"""{"api_token": {"value": "{{Secret}}"}, "page_size": "{{Secret}}"}""");

        var wrongString = Should.Throw<ConfigurationException>(() => config.String("api_token"));
        var wrongInteger = Should.Throw<ConfigurationException>(() => config.Integer("page_size"));

        wrongString.Message.ShouldBe("config file 'tap.json': \"api_token\" must be a string, not an object");
        wrongInteger.Message.ShouldBe("config file 'tap.json': \"page_size\" must be an integer, not a string");
        wrongString.Message.ShouldNotContain(Secret);
        wrongInteger.Message.ShouldNotContain(Secret);
    }

    [Fact]
    public void Refuses_an_integer_out_of_range()
    {
        var config = ConfigFile.FromJson("c.json", """{"page_size": 5000}""");

        Should.Throw<ConfigurationException>(() => config.Integer("page_size", 1, 1000))
            .Message.ShouldBe("config file 'c.json': \"page_size\" must be between 1 and 1000");
    }

    [Fact]
    public void Refuses_a_value_outside_its_allowed_set()
    {
        var config = ConfigFile.FromJson("c.json", """{"dialect": "oracle"}""");

        Should.Throw<ConfigurationException>(() => config.OneOf("dialect", "duckdb", "postgres"))
            .Message.ShouldBe("config file 'c.json': \"dialect\" must be one of \"duckdb\", \"postgres\"");
    }

    [Fact]
    public void Refuses_a_date_that_does_not_parse()
    {
        var config = ConfigFile.FromJson("c.json", """{"start_date": "last tuesday"}""");

        Should.Throw<ConfigurationException>(() => config.DateTime("start_date")).Message.ShouldContain("\"start_date\" must be an ISO 8601 date-time");
    }

    [Fact]
    public void Loads_a_file_and_refuses_one_that_is_not_an_object()
    {
        using var file = TempFile.With("[1, 2]");

        Should.Throw<ConfigurationException>(() => ConfigFile.Load(file.Path))
            .Message.ShouldBe($"config file '{file.Path}' must hold a JSON object");
    }

    [Fact]
    public void Lists_the_keys_of_the_file()
    {
        using var file = TempFile.With("""{"a": 1, "b": null}""");

        ConfigFile.Load(file.Path).Keys.ShouldBe(["a", "b"]);
    }
}
