using System.Text.Json.Nodes;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Tickets;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Decides what a run emits: the selected streams of the catalog (every stream when there is none),
/// each with its schema reduced to the selected fields, its keys, its replication method and the
/// properties its records must not carry.
/// </summary>
internal static class SyncPlan
{
    /// <summary>Properties the tap never emits: ticket <c>fields</c> duplicates <c>custom_fields</c>, and <c>metric_set</c> is the ticket_metrics stream.</summary>
    private static readonly Dictionary<string, string[]> Dropped = new(StringComparer.Ordinal)
    {
        ["tickets"] = ["fields", "metric_set"],
    };

    /// <summary>The properties the tap never emits for <paramref name="stream"/>.</summary>
    public static IReadOnlyList<string> DroppedFrom(string stream) => Dropped.GetValueOrDefault(stream) ?? [];

    public static async Task<IReadOnlyDictionary<string, StreamOutput>> BuildAsync(
        TapConfig config,
        SingerCatalog? catalog,
        ZendeskClient client,
        SingerWriter writer,
        ProgramLog log,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var outputs = new Dictionary<string, StreamOutput>(StringComparer.Ordinal);
        if (catalog is null)
        {
            var schemas = StreamTable.All.ToDictionary(s => s.Name, s => SchemaLibrary.Load(s.Name), StringComparer.Ordinal);
            await CustomFieldSchemas.ApplyAllAsync(client, schemas, config.ListPageSize, log, time, cancellationToken);
            if (config.CustomTicketFieldsAsColumns)
            {
                await TicketFieldColumns.ApplyAsync(client, schemas[TicketFieldColumns.Stream], config.ListPageSize, log, time, cancellationToken);
            }

            foreach (var stream in StreamTable.All)
            {
                var definition = StreamTable.Resolve(stream.Name, config);
                var filter = FieldFilter.Of(Dropped.GetValueOrDefault(stream.Name) ?? []);
                var schema = WithoutDropped(schemas[stream.Name], filter);
                outputs[stream.Name] = new StreamOutput(definition, schema, definition.Keys, filter, !definition.IsIncremental, writer) { Columns = ColumnsOf(definition, schema, config, log, fromCatalog: false) };
            }

            StreamMapping.Apply(outputs, config.Maps, config.Batch is not null, log);
            return outputs;
        }

        var unknown = catalog.Streams.Where(s => StreamTable.Find(s.TapStreamId) is null).Select(s => s.TapStreamId).ToList();
        if (unknown.Count > 0)
        {
            log.Warn("the catalog names streams this tap does not have; they are ignored", ("streams", string.Join(",", unknown)));
        }

        foreach (var entry in catalog.Streams)
        {
            if (StreamTable.Find(entry.TapStreamId) is null || !Selection.IsStreamSelected(entry))
            {
                continue;
            }

            var definition = StreamTable.Resolve(entry.TapStreamId, config);
            var method = Selection.ReplicationMethod(entry, definition.ReplicationMethod);
            var fullTable = method == ReplicationMethods.FullTable || !definition.IsIncremental;
            var filter = FilterOf(entry);
            foreach (var name in Dropped.GetValueOrDefault(definition.Name) ?? [])
            {
                filter.Exclude([name]);
            }

            var keys = entry.StreamMetadata.TableKeyProperties ?? entry.KeyProperties ?? [.. definition.Keys];
            var schema = WithoutDropped(Selection.SelectedSchema(entry), filter);
            outputs[definition.Name] = new StreamOutput(definition, schema, keys, filter, fullTable, writer) { Columns = ColumnsOf(definition, schema, config, log, fromCatalog: true) };
        }

        StreamMapping.Apply(outputs, config.Maps, config.Batch is not null, log);
        return outputs;
    }

    /// <summary>The properties deselected in the catalog, at any depth of <c>properties</c>.</summary>
    public static FieldFilter FilterOf(CatalogStream entry)
    {
        var filter = new FieldFilter();
        foreach (var metadata in entry.Metadata)
        {
            var breadcrumb = new Breadcrumb(metadata.Breadcrumb);
            if (breadcrumb.IsStream || !IsPropertyPath(metadata.Breadcrumb) || Selection.IsFieldSelected(entry, breadcrumb))
            {
                continue;
            }

            filter.Exclude([.. metadata.Breadcrumb.Where((_, i) => i % 2 == 1)]);
        }

        return filter;
    }

    /// <summary>
    /// The custom field columns of tickets: the properties of its schema that carry a field id, as
    /// discovery (or, without a catalog, this run) named them. With the setting off a catalog's columns
    /// are left out of the schema, as they would be of the records.
    /// </summary>
    private static CustomFieldColumns? ColumnsOf(StreamDefinition definition, JsonObject schema, TapConfig config, ProgramLog log, bool fromCatalog)
    {
        if (definition.Name != TicketFieldColumns.Stream)
        {
            return null;
        }

        if (!config.CustomTicketFieldsAsColumns)
        {
            if (TicketFieldColumns.Remove(schema) is > 0 and var removed)
            {
                log.Info($"{TapSettings.CustomTicketFieldsAsColumns} is off: the catalog's custom ticket field columns are left out", ("columns", removed));
            }

            return null;
        }

        var columns = CustomFieldColumns.FromSchema(schema);
        if (columns is null && fromCatalog)
        {
            log.Warn($"{TapSettings.CustomTicketFieldsAsColumns} is on but the tickets schema has no custom field column (a property with \"{TicketFieldColumns.FieldIdAnnotation}\"); run discovery again with the setting on");
        }

        return columns;
    }

    private static bool IsPropertyPath(List<string> parts) =>
        parts.Count % 2 == 0 && parts.Where((_, i) => i % 2 == 0).All(p => p == "properties");

    private static JsonObject WithoutDropped(JsonObject schema, FieldFilter filter)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var name in filter.Names.Where(filter.Excludes).ToList())
            {
                properties.Remove(name);
            }
        }

        return schema;
    }
}
