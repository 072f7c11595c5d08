using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary>
/// Adds to the tickets schema one typed property per custom ticket field (the
/// <c>custom_ticket_fields_as_columns</c> setting), named by <see cref="TicketFieldNames"/>. Each
/// property keeps its field's id under <see cref="FieldIdAnnotation"/>, so a sync from a catalog finds
/// the values by id whatever the property is called by then, without asking Zendesk again.
/// </summary>
internal static class TicketFieldColumns
{
    public const string Stream = "tickets";

    /// <summary>The JSON Schema annotation that holds a column's ticket field id.</summary>
    public const string FieldIdAnnotation = "x-zendesk-ticket-field-id";

    private const string Path = "/api/v2/ticket_fields";
    private const string RecordsKey = "ticket_fields";

    /// <summary>Ticket fields every ticket has as properties of its own; <c>removable: false</c> says the same.</summary>
    private static readonly HashSet<string> SystemTypes = new(StringComparer.Ordinal)
    {
        "subject", "description", "status", "custom_status", "tickettype", "priority", "basic_priority", "group", "assignee", "brand", "ticket_form",
    };

    /// <summary>The names a column may not take: every property of the standard tickets schema, and those the tap drops from tickets.</summary>
    public static IReadOnlySet<string> Reserved { get; } = LoadReserved();

    /// <summary>Whether a definition is a custom field (a system field is a ticket property already).</summary>
    public static bool IsCustom(TicketFieldDefinition field, bool removable) =>
        removable && !SystemTypes.Contains(field.Type ?? string.Empty);

    /// <summary>The column properties, in the order of the definitions.</summary>
    public static JsonObject Properties(IReadOnlyList<TicketFieldDefinition> fields)
    {
        var names = TicketFieldNames.Assign(fields, Reserved);
        var properties = new JsonObject();
        for (var i = 0; i < fields.Count; i++)
        {
            var schema = CustomFieldSchemas.TicketTypeOf(fields[i].Type);
            schema[FieldIdAnnotation] = fields[i].Id;
            properties[names[i]] = schema;
        }

        return properties;
    }

    /// <summary>Reads the custom ticket fields and adds their columns to <paramref name="ticketsSchema"/>; without access to the definitions (403), adds none.</summary>
    public static async Task ApplyAsync(
        ZendeskClient client,
        JsonObject ticketsSchema,
        int pageSize,
        ProgramLog log,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var fields = new List<TicketFieldDefinition>();
        var paginator = new CursorListPaginator(Path, RecordsKey, pageSize);
        try
        {
            await foreach (var page in PageReader.ReadAsync(client, paginator, paginator.First(), RequestBudget.Core, new StreamStats(RecordsKey), time, cancellationToken))
            {
                var reader = new Definitions(fields);
                page.Visit(ref reader);
            }
        }
        catch (ZendeskForbiddenException)
        {
            log.Warn($"the ticket field definitions at {Path} are not available to this account or user (HTTP 403); tickets get no custom field columns");
            return;
        }

        if (ticketsSchema["properties"] is JsonObject properties)
        {
            foreach (var (name, schema) in Properties(fields))
            {
                properties[name] = schema!.DeepClone();
            }
        }

        log.Info("custom ticket fields typed as ticket properties", ("fields", fields.Count));
    }

    /// <summary>Removes the column properties from a tickets schema (a catalog discovered with the setting on, synced with it off).</summary>
    public static int Remove(JsonObject ticketsSchema)
    {
        if (ticketsSchema["properties"] is not JsonObject properties)
        {
            return 0;
        }

        var columns = properties.Where(p => p.Value is JsonObject o && o.ContainsKey(FieldIdAnnotation)).Select(p => p.Key).ToList();
        foreach (var name in columns)
        {
            properties.Remove(name);
        }

        return columns.Count;
    }

    private static HashSet<string> LoadReserved()
    {
        var reserved = new HashSet<string>(StringComparer.Ordinal);
        if (SchemaLibrary.Load(Stream)["properties"] is JsonObject properties)
        {
            reserved.UnionWith(properties.Select(p => p.Key));
        }

        reserved.UnionWith(SyncPlan.DroppedFrom(Stream));
        return reserved;
    }

    /// <summary>Collects the custom fields of a page of definitions.</summary>
    private readonly struct Definitions(List<TicketFieldDefinition> fields) : IRecordVisitor
    {
        private static readonly RecordField Id = new("id");
        private static readonly RecordField Key = new("key");
        private static readonly RecordField Title = new("title");
        private static readonly RecordField Type = new("type");
        private static readonly RecordField Removable = new("removable");

        public void Visit<TRecord>(TRecord field)
            where TRecord : struct, IRecord
        {
            if (field.Int64(Id) is not { } id)
            {
                return;
            }

            var definition = new TicketFieldDefinition(id, field.String(Key), field.String(Title), field.String(Type));
            var removable = !(field.TryRead(Removable, out var value) && value.TokenType == JsonTokenType.False);
            if (IsCustom(definition, removable))
            {
                fields.Add(definition);
            }
        }
    }
}
