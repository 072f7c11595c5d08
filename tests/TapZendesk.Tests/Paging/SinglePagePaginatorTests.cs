using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class SinglePagePaginatorTests
{
    [Fact]
    public void Reads_one_page_and_stops()
    {
        var paginator = new SinglePagePaginator("/api/v2/slas/policies", "sla_policies");

        using var page = paginator.Read(paginator.First(), ParsedResponse.Parse("""{"sla_policies":[{"id":1},{"id":2}],"next_page":null,"count":2}""", "sla_policies"), DateTimeOffset.UnixEpoch);

        paginator.First().Url.ShouldBe("/api/v2/slas/policies");
        page.Count.ShouldBe(2);
        page.Next.ShouldBeNull();
    }
}
