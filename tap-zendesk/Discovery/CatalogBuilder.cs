using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary>
/// Writes the catalog that <c>--discover</c> prints: one entry per stream with its
/// schema, stream metadata and one metadata entry per top-level property.
/// </summary>
internal static class CatalogBuilder
{
    public static SingerCatalog Build(IEnumerable<StreamDefinition> streams, Func<string, JsonObject> schemaOf)
    {
        var catalog = new SingerCatalog();
        foreach (var definition in streams)
        {
            catalog.Streams.Add(Entry(definition, schemaOf(definition.Name)));
        }

        return catalog;
    }

    public static CatalogStream Entry(StreamDefinition definition, JsonObject schema)
    {
        var entry = new CatalogStream
        {
            TapStreamId = definition.Name,
            Stream = definition.Name,
            Schema = schema,
        };
        var stream = entry.Ensure(Breadcrumb.Stream);
        stream.TableKeyProperties = [.. definition.Keys];
        stream.ValidReplicationKeys = definition.ReplicationKey is { } key ? [key] : [];
        stream.ForcedReplicationMethod = definition.ReplicationMethod;
        stream.SelectedByDefault = true;
        stream.Inclusion = Inclusion.Available;

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, _) in properties)
            {
                var automatic = definition.Keys.Contains(name) || name == definition.ReplicationKey;
                var field = entry.Ensure(Breadcrumb.Property(name));
                field.Inclusion = automatic ? Inclusion.Automatic : Inclusion.Available;
                field.SelectedByDefault = true;
            }
        }

        return entry;
    }
}
