using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.State;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Tests.State;

public sealed class GroupStateTests
{
    [Fact]
    public void A_groups_records_reach_the_output_only_with_the_state_that_covers_them()
    {
        var lines = Run((tickets, groups) =>
        {
            Record(tickets, "tickets", 1);
            Record(groups, "groups", 7);
            groups.Set("groups", Bookmark("2024-01-01T00:00:00Z"));
            groups.Emit();
            Record(tickets, "tickets", 2);
            tickets.Set("tickets", Bookmark("2024-02-01T00:00:00Z"));
            tickets.Emit();
        });

        lines.ShouldBe([
            "RECORD groups 7",
            "STATE groups=2024-01-01T00:00:00Z",
            "RECORD tickets 1",
            "RECORD tickets 2",
            "STATE groups=2024-01-01T00:00:00Z tickets=2024-02-01T00:00:00Z",
        ]);
    }

    [Fact]
    public void A_discarded_groups_records_and_bookmarks_never_reach_the_output()
    {
        var lines = Run((tickets, groups) =>
        {
            Record(tickets, "tickets", 1);
            tickets.Set("tickets", Bookmark("2024-02-01T00:00:00Z"));
            tickets.Discard();
            Record(groups, "groups", 7);
            groups.Set("groups", Bookmark("2024-01-01T00:00:00Z"));
            groups.Emit();
        });

        lines.ShouldBe(["RECORD groups 7", "STATE groups=2024-01-01T00:00:00Z"]);
    }

    [Fact]
    public void A_group_reads_the_bookmark_it_set_before_it_is_published()
    {
        using var writer = new SingerWriter(Stream.Null);
        var shared = new TapState(new StateDocument(), writer);
        using var group = shared.OpenGroup();

        group.Set("users", Bookmark("2024-03-01T00:00:00Z"));

        group.Bookmark("users")!["updated_at"]!.GetValue<string>().ShouldBe("2024-03-01T00:00:00Z");
        shared.Bookmark("users").ShouldBeNull();
    }

    [Fact]
    public void A_group_with_nothing_new_writes_no_state()
    {
        var lines = Run((tickets, _) => tickets.Emit());

        lines.ShouldBeEmpty();
    }

    private static List<string> Run(Action<GroupState, GroupState> act)
    {
        using var output = new MemoryStream();
        using (var writer = new SingerWriter(output))
        {
            var shared = new TapState(new StateDocument(), writer);
            using var tickets = shared.OpenGroup();
            using var groups = shared.OpenGroup();
            act(tickets, groups);
        }

        return [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Describe)];
    }

    private static string Describe(string line)
    {
        var message = JsonNode.Parse(line)!;
        return message["type"]!.GetValue<string>() switch
        {
            "RECORD" => $"RECORD {message["stream"]} {message["record"]!["id"]}",
            _ => "STATE " + string.Join(' ', message["value"]!["bookmarks"]!.AsObject().Select(b => $"{b.Key}={b.Value!["updated_at"]}")),
        };
    }

    private static void Record(GroupState group, string stream, int id) =>
        group.Writer.WriteRecord(stream, JsonDocument.Parse($"{{\"id\":{id}}}").RootElement);

    private static JsonObject Bookmark(string updatedAt) => new() { ["updated_at"] = updatedAt };
}
