using Zendesk.Singer.Protocol.Catalog;

namespace Zendesk.Singer.Protocol.Tests.Catalog;

public sealed class BreadcrumbTests
{
    [Fact]
    public void A_nested_property_alternates_properties_and_names()
    {
        Breadcrumb.Property("via", "channel").Parts.ShouldBe(["properties", "via", "properties", "channel"]);
    }

    [Fact]
    public void Walks_up_to_the_stream()
    {
        var field = Breadcrumb.Property("via", "channel");

        field.Parent.ShouldBe(Breadcrumb.Property("via"));
        field.Parent!.Value.Parent.ShouldBe(Breadcrumb.Stream);
        Breadcrumb.Stream.Parent.ShouldBeNull();
    }

    [Fact]
    public void Equal_paths_are_equal_breadcrumbs()
    {
        Breadcrumb.Property("a").Child("b").ShouldBe(Breadcrumb.Property("a", "b"));
        Breadcrumb.Property("a").GetHashCode().ShouldBe(Breadcrumb.Property("a").GetHashCode());
        Breadcrumb.Property("a").ShouldNotBe(Breadcrumb.Property("b"));
    }
}
