using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Tests.Data;

public sealed class TimeIndexTests
{
    [Fact]
    public void Orders_entries_by_time_then_index_and_skips_superseded_ones()
    {
        var times = new long[] { 10, 20, 20, 30 };
        var index = new TimeIndex([TimeIndex.Key(10, 0), TimeIndex.Key(20, 1), TimeIndex.Key(20, 2), TimeIndex.Key(30, 3)], local => times[local]);

        times[1] = 40;
        index.Append(40, 1);
        times[3] = 40;
        index.Append(40, 3);
        index.Append(40, 3);

        var current = Enumerable.Range(0, index.Count).Select(p => index[p]).Where(index.IsCurrent).Select(k => (TimeIndex.TimestampOf(k), TimeIndex.LocalOf(k))).ToList();
        current.ShouldBe([(10L, 0u), (20L, 2u), (40L, 1u), (40L, 3u)]);
        index.Count.ShouldBe(6);
        index.LowerBound(TimeIndex.Key(20, 0)).ShouldBe(1);
        index.LowerBound(TimeIndex.Key(35, 0)).ShouldBe(4);
    }

    [Fact]
    public void Refuses_an_entry_older_than_the_newest()
    {
        var index = new TimeIndex([TimeIndex.Key(50, 0)], null);

        Should.Throw<InvalidOperationException>(() => index.Append(49, 1));
    }
}
