using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class TimeExportPaginatorTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TimeExportPaginator _paginator = new("/api/v2/incremental/organizations", "organizations", 1000, "include=x");

    [Fact]
    public void Asks_for_the_start_time_and_page_size()
    {
        var first = _paginator.First(1700000000);

        first.Url.ShouldBe("/api/v2/incremental/organizations?start_time=1700000000&per_page=1000&include=x");
        first.StartTime.ShouldBe(1700000000);
    }

    [Fact]
    public void Starts_the_next_page_at_the_end_time_not_at_next_page()
    {
        using var page = Read(100, """{"organizations":[{"id":1},{"id":2}],"count":2,"end_time":150,"end_of_stream":false,"next_page":"https://x/elsewhere"}""");

        page.EndTime.ShouldBe(150);
        page.Count.ShouldBe(2);
        page.Next!.StartTime.ShouldBe(150);
        page.Next.Url.ShouldContain("start_time=150");
    }

    [Fact]
    public void Stops_at_the_end_of_stream_although_next_page_is_given()
    {
        using var page = Read(100, """{"organizations":[{"id":1}],"count":1,"end_time":150,"end_of_stream":true,"next_page":"https://x/?start_time=150"}""");

        page.Next.ShouldBeNull();
    }

    [Fact]
    public void Stops_at_an_empty_page()
    {
        using var page = Read(100, """{"organizations":[],"count":0,"end_time":null,"next_page":"https://x/?start_time=100"}""");

        page.Next.ShouldBeNull();
        page.Count.ShouldBe(0);
    }

    [Fact]
    public void Moves_one_second_on_when_a_page_holds_only_its_start_second()
    {
        using var page = Read(150, """{"organizations":[{"id":1},{"id":2}],"count":2,"end_time":150,"end_of_stream":false}""");

        page.Next!.StartTime.ShouldBe(151);
    }

    private Page Read(long start, string json) => _paginator.Read(_paginator.First(start), ParsedResponse.Parse(json, "organizations"), Fetched);
}
