using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Tests.Sync;

public sealed class SyncPlanTests
{
    [Fact]
    public void Excludes_deselected_fields_and_keeps_automatic_ones()
    {
        var entry = CatalogBuilder.Entry(StreamTable.Get("tickets"), SchemaLibrary.Load("tickets"));
        entry.Ensure(Breadcrumb.Property("subject")).Selected = false;
        entry.Ensure(Breadcrumb.Property("id")).Selected = false;
        entry.Ensure(Breadcrumb.Property("description")).Selected = true;

        var filter = SyncPlan.FilterOf(entry);

        filter.Names.ShouldBe(["subject"]);
    }

    [Fact]
    public void Excludes_a_nested_field()
    {
        var entry = CatalogBuilder.Entry(StreamTable.Get("tickets"), SchemaLibrary.Load("tickets"));
        entry.Metadata.Add(new MetadataEntry { Breadcrumb = ["properties", "via", "properties", "source"], Values = new Metadata { Selected = false } });

        var filter = SyncPlan.FilterOf(entry);

        filter.Names.ShouldBe(["via"]);
        filter.Excludes("via").ShouldBeFalse();
    }

    [Fact]
    public void Excludes_nothing_when_every_field_is_selected_by_default()
    {
        var entry = CatalogBuilder.Entry(StreamTable.Get("groups"), new JsonObject { ["properties"] = new JsonObject { ["id"] = new JsonObject() } });

        SyncPlan.FilterOf(entry).IsEmpty.ShouldBeTrue();
    }
}
