using System.Text;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Tests.Loading;

public sealed class StateTrackerTests
{
    [Fact]
    public void Releases_the_newest_state_whose_records_are_all_queued_and_drops_the_older_ones()
    {
        var tracker = new StateTracker(new SingerWriter(new MemoryStream()));
        tracker.Add(1, State(1));
        tracker.Add(2, State(2));
        tracker.Add(5, State(3));

        tracker.TakeReleased(firstUnqueued: 1).ShouldBeNull();
        tracker.TakeReleased(firstUnqueued: 3)!.Value.GetProperty("n").GetInt32().ShouldBe(2);
        tracker.TakeReleased(firstUnqueued: 5).ShouldBeNull();
        tracker.TakeReleased(long.MaxValue)!.Value.GetProperty("n").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void Does_not_repeat_a_state_equal_to_the_last_one_written()
    {
        var output = new MemoryStream();
        var writer = new SingerWriter(output);
        var tracker = new StateTracker(writer);

        tracker.Write(State(1));
        tracker.Write(State(1));
        tracker.Write(State(2));
        writer.Flush();

        tracker.Written.ShouldBe(2);
        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("{\"type\":\"STATE\",\"value\":{\"n\":1}}\n{\"type\":\"STATE\",\"value\":{\"n\":2}}\n");
    }

    private static JsonElement State(int n) => JsonDocument.Parse($"{{\"n\":{n}}}").RootElement;
}
