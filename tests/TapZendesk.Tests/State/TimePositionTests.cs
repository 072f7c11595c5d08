using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Tests.State;

public sealed class TimePositionTests
{
    private static readonly DateTimeOffset Fallback = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reads_singer_ios_bookmark_with_fractional_seconds()
    {
        var bookmark = JsonNode.Parse("""{"time":"2024-01-02T01:01:00.000000Z"}""")!.AsObject();

        var position = TimePosition.FromBookmark(bookmark, "time", Fallback);

        position.Seconds.ShouldBe(new DateTimeOffset(2024, 1, 2, 1, 1, 0, TimeSpan.Zero).ToUnixTimeSeconds());
        position.Ids.ShouldBeEmpty();
    }

    [Fact]
    public void Reads_its_own_bookmark_with_the_boundary_ids()
    {
        var bookmark = JsonNode.Parse("""{"updated_at":"2024-01-01T00:02:00Z","boundary_ids":[5,7]}""")!.AsObject();

        var position = TimePosition.FromBookmark(bookmark, "updated_at", Fallback);

        position.Covers(position.Seconds, "5").ShouldBeTrue();
        position.Covers(position.Seconds, "6").ShouldBeFalse();
        position.Covers(position.Seconds - 1, "6").ShouldBeTrue();
        position.Covers(position.Seconds + 1, "5").ShouldBeFalse();
    }

    [Fact]
    public void Starts_at_the_fallback_without_a_bookmark()
    {
        TimePosition.FromBookmark(null, "updated_at", Fallback).Seconds.ShouldBe(Fallback.ToUnixTimeSeconds());
    }

    [Fact]
    public void Reads_epoch_seconds_too()
    {
        var bookmark = JsonNode.Parse("""{"timestamp":1700000000}""")!.AsObject();

        TimePosition.FromBookmark(bookmark, "timestamp", Fallback).Seconds.ShouldBe(1700000000);
    }

    [Fact]
    public void Collects_the_ids_of_a_second_across_pages_and_forgets_them_when_time_moves()
    {
        var position = TimePosition.At(100);

        position.Advance(100, ["1"]);
        position.Advance(100, ["2"]);
        position.Ids.ShouldBe(["1", "2"], ignoreOrder: true);

        position.Advance(90, ["3"]);
        position.Seconds.ShouldBe(100);

        position.Advance(101, ["4"]);
        position.Ids.ShouldBe(["4"]);
    }

    [Fact]
    public void Round_trips_through_a_bookmark()
    {
        var position = TimePosition.At(1700000000);
        position.Advance(1700000000, ["12345678901234", "2"]);

        var bookmark = position.ToBookmark("time");
        var again = TimePosition.FromBookmark(bookmark, "time", Fallback);

        bookmark["time"]!.GetValue<string>().ShouldBe("2023-11-14T22:13:20Z");
        bookmark["boundary_ids"]![0]!.GetValue<long>().ShouldBe(12345678901234);
        again.Seconds.ShouldBe(1700000000);
        again.Ids.ShouldBe(["2", "12345678901234"], ignoreOrder: true);
    }
}
