using System.Text.Json.Nodes;
using Zendesk.Singer.Http;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary>
/// Types the <c>user_fields</c> and <c>organization_fields</c> objects of users and organizations from
/// the account's field definitions. Without access to the definitions (403 on
/// plans without custom fields) the object stays free-form and discovery goes on.
/// </summary>
internal static class CustomFieldSchemas
{
    /// <summary>(stream, property in its records, definitions endpoint, records key of the definitions).</summary>
    public static IReadOnlyList<(string Stream, string Property, string Path, string RecordsKey)> Targets { get; } =
    [
        ("users", "user_fields", "/api/v2/user_fields", "user_fields"),
        ("organizations", "organization_fields", "/api/v2/organization_fields", "organization_fields"),
    ];

    public static JsonObject TypeOf(string? fieldType)
    {
        string type = fieldType switch
        {
            "integer" or "lookup" => "integer",
            "decimal" => "number",
            "checkbox" => "boolean",
            "multiselect" => "array",
            _ => "string",
        };
        var schema = new JsonObject { ["type"] = new JsonArray("null", type) };
        if (type == "array")
        {
            schema["items"] = new JsonObject { ["type"] = new JsonArray("null", "string") };
        }

        return schema;
    }

    /// <summary>
    /// The type of a custom ticket field's column: as <see cref="TypeOf"/>, a date field's value being a
    /// day (<c>YYYY-MM-DD</c>) and typed as such.
    /// </summary>
    public static JsonObject TicketTypeOf(string? fieldType)
    {
        var schema = TypeOf(fieldType);
        if (fieldType == "date")
        {
            schema["format"] = "date";
        }

        return schema;
    }

    /// <summary>The properties of the custom fields object, or null when the definitions are out of reach.</summary>
    public static async Task<JsonObject?> LoadAsync(
        ZendeskClient client,
        string path,
        string recordsKey,
        int pageSize,
        ProgramLog log,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var properties = new JsonObject();
        var paginator = new CursorListPaginator(path, recordsKey, pageSize);
        try
        {
            await foreach (var page in PageReader.ReadAsync(client, paginator, paginator.First(), RequestBudget.Core, new StreamStats(recordsKey), time, cancellationToken))
            {
                var fields = new FieldDefinitions(properties);
                page.Visit(ref fields);
            }
        }
        catch (ZendeskForbiddenException)
        {
            log.Warn($"the field definitions at {path} are not available to this account or user (HTTP 403); {recordsKey} stays an untyped object");
            return null;
        }

        return properties;
    }

    /// <summary>Replaces the free-form custom fields object of a stream schema with the typed one.</summary>
    public static void Apply(JsonObject streamSchema, string property, JsonObject fields)
    {
        if (streamSchema["properties"] is JsonObject properties)
        {
            properties[property] = new JsonObject
            {
                ["type"] = new JsonArray("null", "object"),
                ["properties"] = fields,
                ["additionalProperties"] = true,
            };
        }
    }

    /// <summary>
    /// Loads the definitions for every selected target stream and types its schema. Definitions whose
    /// own stream is known to be unavailable (named by its records key) are not asked for: that stream's
    /// warning already says why the object stays free-form.
    /// </summary>
    public static async Task ApplyAllAsync(
        ZendeskClient client,
        IReadOnlyDictionary<string, JsonObject> schemas,
        int pageSize,
        ProgramLog log,
        TimeProvider time,
        CancellationToken cancellationToken,
        IReadOnlySet<string>? unavailable = null)
    {
        foreach (var (stream, property, path, key) in Targets)
        {
            if (schemas.TryGetValue(stream, out var schema)
                && unavailable?.Contains(key) != true
                && await LoadAsync(client, path, key, pageSize, log, time, cancellationToken) is { } fields)
            {
                Apply(schema, property, fields);
            }
        }
    }

    /// <summary>Types each definition's key by its field type.</summary>
    private readonly struct FieldDefinitions(JsonObject properties) : IRecordVisitor
    {
        private static readonly RecordField Key = new("key");
        private static readonly RecordField Type = new("type");

        public void Visit<TRecord>(TRecord field)
            where TRecord : struct, IRecord
        {
            if (field.String(Key) is { Length: > 0 } key)
            {
                properties[key] = TypeOf(field.String(Type));
            }
        }
    }
}
