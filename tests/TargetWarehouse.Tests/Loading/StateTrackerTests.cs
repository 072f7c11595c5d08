using System.Text;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Tests.Loading;

public sealed class StateTrackerTests
{
    [Fact]
    public void Releases_the_states_whose_records_are_all_queued_oldest_first()
    {
        var tracker = new StateTracker(new SingerWriter(new MemoryStream()));
        tracker.Add(1, State(1));
        tracker.Add(2, State(2));
        tracker.Add(5, State(3));

        tracker.TakeReleased(firstUnqueued: 1).ShouldBeEmpty();
        tracker.TakeReleased(firstUnqueued: 3).Select(s => N(s.Value)).ShouldBe([1, 2]);
        tracker.TakeReleased(firstUnqueued: 5).ShouldBeEmpty();
        tracker.TakeReleased(long.MaxValue).Select(s => N(s.Value)).ShouldBe([3]);
    }

    [Fact]
    public void Writes_the_newest_released_state_that_comes_before_the_point_the_run_stops_at()
    {
        var output = new MemoryStream();
        var writer = new SingerWriter(output);
        var tracker = new StateTracker(writer);
        tracker.Add(2, State(1));
        tracker.Add(4, State(2));
        tracker.Add(6, State(3));

        tracker.Write(tracker.TakeReleased(long.MaxValue), stopsBefore: 5);
        writer.Flush();

        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("{\"type\":\"STATE\",\"value\":{\"n\":2}}\n");
    }

    [Fact]
    public void Tells_where_the_newest_state_before_a_record_ends()
    {
        var tracker = new StateTracker(new SingerWriter(new MemoryStream()));
        tracker.Add(2, State(1));
        tracker.Add(4, State(2));

        tracker.CoveredBefore(2).ShouldBe(long.MinValue);
        tracker.CoveredBefore(3).ShouldBe(3);
        tracker.CoveredBefore(5).ShouldBe(5);
    }

    [Fact]
    public void Does_not_repeat_a_state_equal_to_the_last_one_written()
    {
        var output = new MemoryStream();
        var writer = new SingerWriter(output);
        var tracker = new StateTracker(writer);

        tracker.Write([new ReadState(1, State(1))], long.MaxValue);
        tracker.Write([new ReadState(2, State(1))], long.MaxValue);
        tracker.Write([new ReadState(3, State(2))], long.MaxValue);
        writer.Flush();

        tracker.Written.ShouldBe(2);
        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("{\"type\":\"STATE\",\"value\":{\"n\":1}}\n{\"type\":\"STATE\",\"value\":{\"n\":2}}\n");
    }

    private static int N(JsonElement state) => state.GetProperty("n").GetInt32();

    private static JsonElement State(int n) => JsonDocument.Parse($"{{\"n\":{n}}}").RootElement;
}
