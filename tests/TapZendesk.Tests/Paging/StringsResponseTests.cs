using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Paging;

public sealed class StringsResponseTests
{
    [Fact]
    public void Each_string_becomes_a_record_holding_it_and_anything_else_in_the_array_is_left_out()
    {
        var paginator = new SinglePagePaginator("/api/v2/macros/categories", "categories", new StringRecords("name"));

        using var page = paginator.Read(paginator.First(), StringsResponse.Parse("""{"categories":["Billing",7,null,"Sales"]}""", "categories", new StringRecords("name")), DateTimeOffset.UnixEpoch);

        page.Count.ShouldBe(2);
        page.Next.ShouldBeNull();
        PageElements.Of(page).Select(e => e.GetRawText()).ShouldBe(["""{"name":"Billing"}""", """{"name":"Sales"}"""]);
    }

    [Fact]
    public void A_default_key_marks_the_string_the_page_names_as_default()
    {
        using var response = StringsResponse.Parse("""{"locales":["en-us","de","fr"],"default_locale":"de"}""", "locales", new StringRecords("locale", DefaultKey: "default_locale"));
        using var page = new Page(response, DateTimeOffset.UnixEpoch);

        PageElements.Of(page).Select(e => e.GetRawText()).ShouldBe(
            ["""{"locale":"en-us","is_default":false}""", """{"locale":"de","is_default":true}""", """{"locale":"fr","is_default":false}"""]);
        page.Root.GetProperty("default_locale").GetString().ShouldBe("de");
    }
}
