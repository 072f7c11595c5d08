using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class OffsetPaginatorTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Asks_for_numbered_pages_while_there_is_a_next_page()
    {
        var paginator = new OffsetPaginator("/api/v2/channels/voice/phone_numbers", "phone_numbers", 100);

        var first = paginator.First();
        using var page = paginator.Read(first, Doc("""{"phone_numbers":[{"id":1}],"next_page":"https://x?page=2","count":150}""", "phone_numbers"), Fetched);

        first.Url.ShouldBe("/api/v2/channels/voice/phone_numbers?page=1&per_page=100");
        page.Next!.Url.ShouldBe("/api/v2/channels/voice/phone_numbers?page=2&per_page=100");
        page.Next.Number.ShouldBe(2);
    }

    [Fact]
    public void Stops_when_next_page_is_null()
    {
        var paginator = new OffsetPaginator("/p", "items", 100);

        using var page = paginator.Read(paginator.First(), Doc("""{"items":[{"id":1}],"next_page":null}"""), Fetched);

        page.Next.ShouldBeNull();
        page.Capped.ShouldBeFalse();
    }

    [Fact]
    public void Stops_before_zendesks_hundred_page_cap_and_says_so()
    {
        var paginator = new OffsetPaginator("/p", "items", 100);
        var hundredth = new PageRequest("/p?page=100&per_page=100", Number: 100);

        using var page = paginator.Read(hundredth, Doc("""{"items":[{"id":1}],"next_page":"https://x?page=101"}"""), Fetched);

        page.Next.ShouldBeNull();
        page.Capped.ShouldBeTrue();
    }

    [Fact]
    public void Stops_before_ten_thousand_records_with_small_pages_too()
    {
        var paginator = new OffsetPaginator("/p", "items", 50);
        var last = new PageRequest("/p?page=100&per_page=50", Number: 100);
        var earlier = new PageRequest("/p?page=99&per_page=50", Number: 99);

        using var allowed = paginator.Read(earlier, Doc("""{"items":[{"id":1}],"next_page":"x"}"""), Fetched);
        using var capped = paginator.Read(last, Doc("""{"items":[{"id":1}],"next_page":"x"}"""), Fetched);

        allowed.Next!.Number.ShouldBe(100);
        capped.Capped.ShouldBeTrue();
    }

    private static ParsedResponse Doc(string json, string recordsKey = "items") => ParsedResponse.Parse(json, recordsKey);
}
