using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.State;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.State;

public sealed class BookmarkCheckTests
{
    [Theory]
    [InlineData("tickets", """{"generated_timestamp": "yesterday"}""", "generated_timestamp")]
    [InlineData("groups", """{"updated_at": true}""", "updated_at")]
    [InlineData("tickets", """{"generated_timestamp": "2024-01-01T00:00:00Z", "cursor": 42}""", "cursor")]
    [InlineData("users", """{"updated_at": 1700000000, "cursor": "not a cursor!"}""", "cursor")]
    [InlineData("ticket_audits", """{"created_at": "2024-01-01T00:00:00Z", "export_watermark": "soon"}""", "export_watermark")]
    [InlineData("ticket_events", """{"timestamp": "2024-01-01T00:00:00Z", "boundary_ids": "7"}""", "boundary_ids")]
    public void A_bookmark_that_cannot_be_read_is_refused_naming_its_stream_and_key(string stream, string bookmark, string key)
    {
        var state = new StateDocument();
        state.Bookmarks[stream] = JsonNode.Parse(bookmark)!.AsObject();

        var error = Should.Throw<ConfigurationException>(() => BookmarkCheck.Validate(state, "file s.json"));

        error.Message.ShouldContain("s.json");
        error.Message.ShouldContain($"\"{stream}\"");
        error.Message.ShouldContain($"\"{key}\"");
    }

    [Theory]
    [InlineData("tickets", """{"generated_timestamp": "2024-01-02T01:01:00.000000Z"}""")]
    [InlineData("tickets", """{"generated_timestamp": 1704157260, "boundary_ids": [10000000199], "cursor": "MTc5MTM5Nzg1NS4wfHwxOTl8"}""")]
    [InlineData("groups", """{"updated_at": null}""")]
    [InlineData("someone_elses_stream", """{"updated_at": "whenever"}""")]
    public void Bookmarks_of_ours_of_singer_ios_tap_and_of_streams_we_do_not_have_pass(string stream, string bookmark)
    {
        var state = new StateDocument();
        state.Bookmarks[stream] = JsonNode.Parse(bookmark)!.AsObject();

        Should.NotThrow(() => BookmarkCheck.Validate(state, "file s.json"));
    }

    [Fact]
    public async Task The_tap_given_an_unreadable_bookmark_stops_with_a_state_error_before_any_request()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var state = JsonNode.Parse("""{"bookmarks": {"tickets": {"generated_timestamp": "not a date"}}}""");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { State = state });

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("\"tickets\"");
        run.Stderr.ShouldContain("\"generated_timestamp\"");
        run.OfType("RECORD").ShouldBeEmpty();
        simulator.Requests.Total.ShouldBe(0);
    }
}
