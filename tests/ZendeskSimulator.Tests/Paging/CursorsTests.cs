using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Tests.Paging;

public sealed class CursorsTests
{
    [Fact]
    public void Export_cursors_read_back_the_position_they_were_made_from()
    {
        var cursor = Cursors.Export(1_576_613_539, 467);

        Cursors.TryExport(cursor, out var time, out var local).ShouldBeTrue();
        time.ShouldBe(1_576_613_539);
        local.ShouldBe(467u);
        Cursors.Decode(cursor).ShouldBe("1576613539.0||467|");
        cursor.ShouldNotContain("=");
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("")]
    [InlineData("eyJvIjoiaWQiLCJ2IjoxfQ")]
    public void Malformed_export_cursors_are_refused(string cursor) =>
        Cursors.TryExport(cursor, out _, out _).ShouldBeFalse();

    [Fact]
    public void List_cursors_carry_a_signed_key()
    {
        Cursors.TryList(Cursors.List(-42), out var key).ShouldBeTrue();
        key.ShouldBe(-42);
        Cursors.TryList(Cursors.Export(1, 2), out _).ShouldBeFalse();
    }
}
