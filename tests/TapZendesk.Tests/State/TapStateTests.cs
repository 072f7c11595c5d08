using System.Text;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.State;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Tests.State;

public sealed class TapStateTests
{
    [Fact]
    public void Emits_every_bookmark_and_keeps_what_it_does_not_know()
    {
        using var output = new MemoryStream();
        var document = new StateDocument();
        document.Bookmarks["users"] = new JsonObject { ["updated_at"] = "2024-01-01T00:02:00Z" };
        using (var writer = new SingerWriter(output))
        {
            var state = new TapState(document, writer);
            using var none = new MessageSpool();
            state.Publish(new Dictionary<string, JsonObject> { ["tickets"] = new() { ["generated_timestamp"] = "2024-01-02T01:01:00Z", ["cursor"] = "abc" } }, none);
        }

        var line = JsonNode.Parse(Encoding.UTF8.GetString(output.ToArray()))!;
        line["type"]!.GetValue<string>().ShouldBe("STATE");
        line["value"]!["bookmarks"]!["tickets"]!["cursor"]!.GetValue<string>().ShouldBe("abc");
        line["value"]!["bookmarks"]!["users"]!["updated_at"]!.GetValue<string>().ShouldBe("2024-01-01T00:02:00Z");
    }

    [Fact]
    public void Hands_out_copies_of_bookmarks()
    {
        using var writer = new SingerWriter(Stream.Null);
        var state = new TapState(new StateDocument(), writer);
        using var none = new MessageSpool();
        state.Publish(new Dictionary<string, JsonObject> { ["groups"] = new() { ["updated_at"] = "a" } }, none);

        state.Bookmark("groups")!["updated_at"] = "b";

        state.Bookmark("groups")!["updated_at"]!.GetValue<string>().ShouldBe("a");
    }
}
