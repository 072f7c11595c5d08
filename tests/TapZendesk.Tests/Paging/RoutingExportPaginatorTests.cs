using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class RoutingExportPaginatorTests
{
    private const string Path = "/api/v2/incremental/routing/instance_values";

    [Fact]
    public void Starts_without_parameters_and_follows_the_cursor_of_next_page()
    {
        var paginator = new RoutingExportPaginator(Path, "instance_values");

        using var page = paginator.Read(paginator.First(), Parse("""{"instance_values":[{"id":"a"}],"count":1,"end_time":1533266020,"next_page":"https://x.zendesk.com/api/v2/incremental/routing/instance_values?cursor=62055cad-7326%2B11e8"}"""), DateTimeOffset.UnixEpoch);

        paginator.First().Url.ShouldBe(Path);
        page.AfterCursor.ShouldBe("62055cad-7326+11e8");
        page.Next!.Url.ShouldBe(Path + "?cursor=62055cad-7326%2B11e8");
        page.Next.Cursor.ShouldBe("62055cad-7326+11e8");
    }

    [Fact]
    public void Stops_at_a_page_with_count_zero_and_keeps_its_cursor_for_the_next_run()
    {
        var paginator = new RoutingExportPaginator(Path, "instance_values");

        using var page = paginator.Read(paginator.Resume("c1"), Parse("""{"instance_values":[],"count":0,"end_time":1533266020,"next_page":"https://x.zendesk.com/api/v2/incremental/routing/instance_values?cursor=c1"}"""), DateTimeOffset.UnixEpoch);

        page.Next.ShouldBeNull();
        page.AfterCursor.ShouldBe("c1");
    }

    [Fact]
    public void Stops_without_a_next_page_and_keeps_the_cursor_it_was_asked_with()
    {
        var paginator = new RoutingExportPaginator(Path, "instance_values");

        using var page = paginator.Read(paginator.Resume("c1"), Parse("""{"instance_values":[{"id":"a"}],"count":1,"next_page":null}"""), DateTimeOffset.UnixEpoch);

        page.Next.ShouldBeNull();
        page.AfterCursor.ShouldBe("c1");
        page.Count.ShouldBe(1);
    }

    [Fact]
    public void Refuses_a_cursor_that_stays_put_while_records_keep_coming()
    {
        var paginator = new RoutingExportPaginator(Path, "instance_values");

        var failure = Should.Throw<ZendeskException>(() =>
            paginator.Read(paginator.Resume("c1"), Parse("""{"instance_values":[{"id":"a"}],"count":1,"next_page":"https://x.zendesk.com/api/v2/incremental/routing/instance_values?cursor=c1"}"""), DateTimeOffset.UnixEpoch));

        failure.Message.ShouldContain("c1");
    }

    private static ParsedResponse Parse(string json) => ParsedResponse.Parse(json, "instance_values");
}
