using Zendesk.Singer.Http;
using Zendesk.Singer.Http.Tests;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class CursorExportPaginatorTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CursorExportPaginator _paginator = new("/api/v2/incremental/tickets/cursor", "tickets", 1000, "include=metric_sets");

    [Fact]
    public void Sends_the_start_time_once_then_the_cursor_with_the_side_load()
    {
        _paginator.First(1700000000).Url.ShouldBe("/api/v2/incremental/tickets/cursor?start_time=1700000000&per_page=1000&include=metric_sets");
        _paginator.Resume("MTU3/+=").Url.ShouldBe("/api/v2/incremental/tickets/cursor?cursor=MTU3%2F%2B%3D&per_page=1000&include=metric_sets");
    }

    [Fact]
    public void Follows_the_after_cursor_until_the_end_of_stream()
    {
        using var page = Read("""{"tickets":[{"id":1}],"after_cursor":"abc","after_url":"https://x","before_cursor":null,"end_of_stream":false}""");

        page.AfterCursor.ShouldBe("abc");
        page.Next!.Cursor.ShouldBe("abc");
    }

    [Fact]
    public void Keeps_the_last_pages_cursor_for_the_next_run()
    {
        using var page = Read("""{"tickets":[{"id":1}],"after_cursor":"last","end_of_stream":true}""");

        page.Next.ShouldBeNull();
        page.AfterCursor.ShouldBe("last");
    }

    [Fact]
    public void Stops_when_the_cursor_does_not_move_and_nothing_came()
    {
        var request = _paginator.Resume("same");
        using var page = _paginator.Read(request, ScannedResponse.Scan("""{"tickets":[],"after_cursor":"same","end_of_stream":false}""", "tickets"), Fetched);

        page.Next.ShouldBeNull();
        page.AfterCursor.ShouldBe("same");
    }

    [Fact]
    public void Stops_the_sync_when_the_cursor_does_not_move_while_records_keep_coming()
    {
        var request = _paginator.Resume("same");

        var error = Should.Throw<ZendeskException>(() => _paginator.Read(request, ScannedResponse.Scan("""{"tickets":[{"id":1}],"after_cursor":"same","end_of_stream":false}""", "tickets"), Fetched));

        error.Message.ShouldContain("/api/v2/incremental/tickets/cursor");
        error.Message.ShouldContain("the same cursor it was asked for (same)");
    }

    [Fact]
    public void Gives_the_records_as_elements_too_when_asked()
    {
        using var page = Read("""{"tickets":[{"id":1},{"id":2}],"after_cursor":"abc","end_of_stream":true}""");

        page.Count.ShouldBe(2);
        PageElements.Of(page).Select(r => r.GetProperty("id").GetInt64()).ShouldBe([1L, 2L]);
    }

    [Fact]
    public async Task Fetches_a_page_again_when_the_answer_is_not_json()
    {
        await using var bed = await HttpTestbed.StartAsync();
        const string Page = """{"tickets":[{"id":1}],"after_cursor":"abc","end_of_stream":true}""";
        bed.Server.Then(ScriptedZendesk.Json(200, """{"tickets":[{"id":1""")).Then(ScriptedZendesk.Json(200, Page));

        using var answer = await bed.RunAsync(_paginator.FetchAsync(bed.Client, _paginator.First(1), RequestBudget.Incremental, CancellationToken.None));

        answer.Count.ShouldBe(1);
        bed.Server.Requests.Count.ShouldBe(2);
        bed.LogText.ToString().ShouldContain("reason=an answer that is not valid JSON");
    }

    private Page Read(string json) => _paginator.Read(_paginator.First(1), ScannedResponse.Scan(json, "tickets"), Fetched);
}
