using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class CursorListPaginatorTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CursorListPaginator _paginator = new("/api/v2/satisfaction_ratings?start_time=5", "satisfaction_ratings", 100);

    [Fact]
    public void Switches_the_endpoint_to_cursor_paging()
    {
        _paginator.First().Url.ShouldBe("/api/v2/satisfaction_ratings?start_time=5&page[size]=100");
    }

    [Fact]
    public void Goes_on_while_has_more_with_the_after_cursor()
    {
        using var page = Read("""{"satisfaction_ratings":[{"id":1}],"meta":{"has_more":true,"after_cursor":"xyz","before_cursor":"abc"},"links":{"next":"https://x"}}""");

        page.Next!.Url.ShouldBe("/api/v2/satisfaction_ratings?start_time=5&page[size]=100&page[after]=xyz");
        page.Next.Cursor.ShouldBe("xyz");
    }

    [Fact]
    public void Stops_when_has_more_is_false_even_with_a_next_link()
    {
        using var page = Read("""{"satisfaction_ratings":[{"id":1}],"meta":{"has_more":false,"after_cursor":"xyz"},"links":{"next":"https://x"}}""");

        page.Next.ShouldBeNull();
    }

    [Fact]
    public void Stops_the_sync_when_the_cursor_does_not_move_while_records_keep_coming()
    {
        var request = new PageRequest("/api/v2/satisfaction_ratings?start_time=5&page[size]=100&page[after]=xyz", Cursor: "xyz");

        var error = Should.Throw<ZendeskException>(() => _paginator.Read(request, Parse("""{"satisfaction_ratings":[{"id":1}],"meta":{"has_more":true,"after_cursor":"xyz"}}"""), Fetched));

        error.Message.ShouldContain("Zendesk answered /api/v2/satisfaction_ratings with records and the same cursor");
    }

    [Fact]
    public void Reads_a_page_without_records_as_empty()
    {
        using var page = Read("""{"meta":{"has_more":false}}""");

        page.Count.ShouldBe(0);
        PageElements.Of(page).ShouldBeEmpty();
    }

    private Page Read(string json) => _paginator.Read(_paginator.First(), Parse(json), Fetched);

    private static ParsedResponse Parse(string json) => ParsedResponse.Parse(json, "satisfaction_ratings");
}
