using Zendesk.Simulator.Data;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Tests.Paging;

public sealed class ExportPagerTests
{
    private static TimeIndex Index(params long[] times) =>
        new([.. times.Select((t, i) => TimeIndex.Key(t, (uint)i)).Order()], null);

    [Fact]
    public void A_time_based_page_cuts_at_per_page_and_ends_on_the_last_records_second()
    {
        var index = Index(1, 2, 3, 3, 3, 4, 5);

        var page = ExportPager.TimeBased(index, 2, 3, 100, _ => true);

        page.Keys.Select(TimeIndex.LocalOf).ShouldBe([1u, 2u, 3u]);
        page.EndTime.ShouldBe(3);
        page.EndOfStream.ShouldBeFalse();
    }

    [Fact]
    public void A_page_saturated_by_one_second_takes_that_second_and_the_next_one()
    {
        var index = Index(7, 7, 7, 7, 8, 8, 9);

        var page = ExportPager.TimeBased(index, 7, 2, 100, _ => true);

        page.Keys.Count.ShouldBe(6);
        page.EndTime.ShouldBe(8);
    }

    [Fact]
    public void Records_past_the_floor_are_not_returned_and_the_stream_ends_there()
    {
        var index = Index(1, 2, 3, 4);

        var page = ExportPager.TimeBased(index, 0, 10, 2, _ => true);

        page.Keys.Count.ShouldBe(2);
        page.EndTime.ShouldBe(2);
        page.EndOfStream.ShouldBeTrue();
    }

    [Fact]
    public void A_cursor_page_continues_strictly_after_its_position()
    {
        var index = Index(1, 1, 2, 3);

        var first = ExportPager.CursorBased(index, TimeIndex.Key(0, 0), 2, 100, _ => true);
        var second = ExportPager.CursorBased(index, first.LastKey, 2, 100, _ => true);

        first.Keys.Select(TimeIndex.LocalOf).ShouldBe([0u, 1u]);
        second.Keys.Select(TimeIndex.LocalOf).ShouldBe([2u, 3u]);
        second.EndOfStream.ShouldBeTrue();
    }

    [Fact]
    public void Filtered_records_move_the_position_without_being_returned()
    {
        var index = Index(1, 2, 3);

        var page = ExportPager.CursorBased(index, TimeIndex.Key(0, 0), 10, 100, local => local != 1);

        page.Keys.Select(TimeIndex.LocalOf).ShouldBe([0u, 2u]);
        TimeIndex.TimestampOf(page.LastKey).ShouldBe(3);
    }
}
