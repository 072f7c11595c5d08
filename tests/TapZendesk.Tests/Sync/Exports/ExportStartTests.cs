using Zendesk.Singer.Tap.Sync.Exports;

namespace Zendesk.Singer.Tap.Tests.Sync.Exports;

public sealed class ExportStartTests
{
    private static readonly DateTimeOffset Earlier = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly long Now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    [Fact]
    public void Resumes_at_the_cursor_every_member_holds()
    {
        var start = ExportStart.Decide(["c1", "c1", "c1"], [Later, Earlier, Later], Now);

        start.ShouldBe(new ExportStart("c1", null));
        start.UpToDate.ShouldBeFalse();
    }

    [Fact]
    public void Resumes_even_when_the_latest_start_time_has_not_come_yet()
    {
        ExportStart.Decide(["c1"], [Later], Earlier.ToUnixTimeSeconds()).Cursor.ShouldBe("c1");
    }

    [Fact]
    public void Starts_over_at_the_earliest_time_when_a_member_has_no_cursor()
    {
        var start = ExportStart.Decide(["c1", null], [Later, Earlier], Now);

        start.ShouldBe(new ExportStart(null, Earlier.ToUnixTimeSeconds()));
    }

    [Fact]
    public void Starts_over_when_the_members_hold_different_cursors()
    {
        ExportStart.Decide(["c1", "c2"], [Earlier, Later], Now).From.ShouldBe(Earlier.ToUnixTimeSeconds());
    }

    [Fact]
    public void Starts_over_when_no_member_has_a_cursor_even_if_they_agree()
    {
        ExportStart.Decide([null, null], [Later, Later], Now).From.ShouldBe(Later.ToUnixTimeSeconds());
    }

    [Fact]
    public void Is_up_to_date_when_the_earliest_time_is_too_recent_to_export()
    {
        var start = ExportStart.Decide([null], [Later], Later.ToUnixTimeSeconds() - 1);

        start.UpToDate.ShouldBeTrue();
        start.Cursor.ShouldBeNull();
        start.From.ShouldBeNull();
    }

    [Fact]
    public void Starts_over_at_exactly_the_latest_start_time()
    {
        ExportStart.Decide([], [Later], Later.ToUnixTimeSeconds()).From.ShouldBe(Later.ToUnixTimeSeconds());
    }
}
