using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class QueryTests
{
    [Fact]
    public void Escapes_values_and_keeps_bracketed_names()
    {
        Query.Build("/api/v2/audit_logs", ("filter[created_at][]", "2024-01-01T00:00:00Z"), ("skip", null), ("page[size]", "100"))
            .ShouldBe("/api/v2/audit_logs?filter[created_at][]=2024-01-01T00%3A00%3A00Z&page[size]=100");
    }

    [Fact]
    public void Appends_to_a_path_that_has_a_query_already()
    {
        Query.Build("/p?a=1", ("b", "2")).ShouldBe("/p?a=1&b=2");
        Query.Append("/p?a=1", "include=x").ShouldBe("/p?a=1&include=x");
        Query.Append("/p", null).ShouldBe("/p");
    }
}
