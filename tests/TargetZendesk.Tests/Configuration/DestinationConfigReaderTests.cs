using Zendesk.Singer.Connection;
using Zendesk.Singer.Destination.Configuration;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Destination.Tests.Configuration;

public sealed class DestinationConfigReaderTests
{
    private const string SignIn = """ "subdomain":"acme","client_id":"c","client_secret":"s" """;

    [Fact]
    public void Fills_in_every_default()
    {
        var config = Read($$"""{{{SignIn}}}""");

        config.IdentifyStream.ShouldBe("identifies");
        config.GroupStream.ShouldBe("groups");
        config.TrackStream.ShouldBe("tracks");
        config.Events.ShouldBeEmpty();
        config.MaxJobs.ShouldBe(30);
        config.Connection.Scope.ShouldBe("read write");
        config.Connection.BaseUri.ShouldBe(new Uri("https://acme.zendesk.com"));
        config.CreateUsersAsVerified.ShouldBeFalse();
    }

    [Fact]
    public void Refuses_two_call_types_on_one_stream() =>
        Should.Throw<ConfigurationException>(() => Read($$"""{{{SignIn}}, "group_stream":"identifies"}""")).Message.ShouldContain("three different streams");

    [Fact]
    public void Refuses_the_profile_source_zendesk_keeps_for_itself() =>
        Should.Throw<ConfigurationException>(() => Read($$"""{{{SignIn}}, "profile_source":"zendesk"}""")).Message.ShouldContain("\"profile_source\"");

    [Fact]
    public void Refuses_more_jobs_than_zendesk_allows() =>
        Should.Throw<ConfigurationException>(() => Read($$"""{{{SignIn}}, "max_jobs":31}""")).Message.ShouldContain("\"max_jobs\"");

    [Fact]
    public void Warns_of_unknown_keys()
    {
        using var stderr = new StringWriter();

        Read($$"""{{{SignIn}}, "evnts":["x"]}""", stderr);

        stderr.ToString().ShouldContain("keys=evnts");
    }

    private static DestinationConfig Read(string json, TextWriter? stderr = null) =>
        DestinationConfigReader.Read(ConfigFile.FromJson("config.json", json), new ProgramLog(stderr ?? TextWriter.Null, LogFormat.Text, TimeProvider.System));
}
