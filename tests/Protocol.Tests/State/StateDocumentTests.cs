using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Serialization;
using Zendesk.Singer.Protocol.State;

namespace Zendesk.Singer.Protocol.Tests.State;

public sealed class StateDocumentTests
{
    [Fact]
    public void Reads_the_state_that_singer_io_tap_zendesk_writes()
    {
        const string json = """
            {"bookmarks": {"tickets": {"generated_timestamp": "2024-01-02T01:01:00.000000Z"},
                           "users": {"updated_at": "2024-01-01T00:02:00Z"}},
             "currently_syncing": "users"}
            """;

        var state = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.StateDocument)!;

        state.BookmarkOf("tickets")!["generated_timestamp"]!.GetValue<string>().ShouldBe("2024-01-02T01:01:00.000000Z");
        state.BookmarkOf("users")!["updated_at"]!.GetValue<string>().ShouldBe("2024-01-01T00:02:00Z");
        state.BookmarkOf("groups").ShouldBeNull();
        state.CurrentlySyncing.ShouldBe("users");
    }

    [Fact]
    public void Writes_the_bookmarks_it_holds()
    {
        var state = new StateDocument();

        state.Bookmarks["groups"] = new JsonObject { ["updated_at"] = "2024-05-01T00:00:00Z", ["cursor"] = "abc" };

        var written = JsonSerializer.Serialize(state, ProtocolJsonContext.Default.StateDocument);
        using var document = JsonDocument.Parse(written);
        var groups = document.RootElement.GetProperty("bookmarks").GetProperty("groups");
        groups.GetProperty("updated_at").GetString().ShouldBe("2024-05-01T00:00:00Z");
        groups.GetProperty("cursor").GetString().ShouldBe("abc");
    }

    [Fact]
    public void Keeps_keys_it_does_not_know()
    {
        var state = JsonSerializer.Deserialize("""{"bookmarks": {}, "singer_state": {"x": 1}}""", ProtocolJsonContext.Default.StateDocument)!;

        JsonSerializer.Serialize(state, ProtocolJsonContext.Default.StateDocument).ShouldContain("singer_state");
    }
}
