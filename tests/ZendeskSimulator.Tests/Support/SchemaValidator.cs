using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>
/// Checks a live response against an OpenAPI 3.0 schema: types, nullable, enum, required,
/// properties, items, additionalProperties, allOf/anyOf/oneOf, date-time format, and that no
/// writeOnly property comes back. Where Zendesk is known to send what the OAS does not allow, an
/// <see cref="OasCorrection"/> says what Zendesk really sends.
/// </summary>
internal sealed partial class SchemaValidator(OasDocument document, IReadOnlyList<OasCorrection> corrections)
{
    public List<string> Validate(JsonElement value, JsonNode schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonElement value, JsonNode schemaNode, string path, List<string> errors)
    {
        var schema = Deref(schemaNode);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!Bool(schema, "nullable") && !NullableAlternative(schema) && !corrections.Any(c => c.AllowsNull(path)))
            {
                errors.Add($"{path}: null, but the schema does not allow null");
            }

            return;
        }

        if (schema["allOf"] is JsonArray allOf)
        {
            foreach (var part in allOf)
            {
                Check(value, part!, path, errors);
            }
        }

        // oneOf is checked as anyOf: Zendesk's alternatives overlap (integer is also number).
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray alternatives)
        {
            var failures = new List<string>();
            foreach (var alternative in alternatives)
            {
                var attempt = new List<string>();
                Check(value, alternative!, path, attempt);
                if (attempt.Count == 0)
                {
                    failures.Clear();
                    break;
                }

                failures.Add(string.Join("; ", attempt.Take(3)));
            }

            if (failures.Count > 0)
            {
                errors.Add($"{path}: matches none of the alternatives ({string.Join(" | ", failures)})");
            }
        }

        var type = schema["type"]?.GetValue<string>();
        if (type is not null && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type}, got {value.ValueKind} {Clip(value)}");
            return;
        }

        if (schema["enum"] is JsonArray options && value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString();
            if (!options.Any(o => o?.GetValue<object>()?.ToString() == text) && !corrections.Any(c => c.AllowsValue(path, text)))
            {
                errors.Add($"{path}: '{text}' is not one of {string.Join(", ", options)}");
            }
        }

        if (schema["format"]?.GetValue<string>() == "date-time" && value.ValueKind == JsonValueKind.String && !IsoSeconds().IsMatch(value.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' is not an ISO 8601 time with seconds and Z");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, schema, path, errors);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema["items"] is { } items)
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{i++}]", errors);
            }
        }
    }

    private void CheckObject(JsonElement value, JsonNode schema, string path, List<string> errors)
    {
        var properties = schema["properties"] as JsonObject;
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: required property '{name}' is missing");
                }
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties is not null && properties[property.Name] is { } child)
            {
                if (Bool(Deref(child), "writeOnly"))
                {
                    errors.Add($"{childPath}: a writeOnly property came back in a response");
                }

                Check(property.Value, child, childPath, errors);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(property.Value, additional, childPath, errors);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && allowed.GetValue<bool>() == false)
            {
                errors.Add($"{childPath}: not allowed by the schema");
            }
        }
    }

    private JsonNode Deref(JsonNode node)
    {
        while (node["$ref"] is { } reference)
        {
            node = document.Resolve(reference.GetValue<string>());
        }

        return node;
    }

    // OpenAPI 3.0 puts nullable on an alternative (job_status results: a nullable array or an object).
    private bool NullableAlternative(JsonNode schema) =>
        (schema["anyOf"] ?? schema["oneOf"]) is JsonArray alternatives && alternatives.Any(a => Bool(Deref(a!), "nullable"));

    private static bool Bool(JsonNode schema, string name) => schema[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private static bool TypeMatches(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        _ => true,
    };

    private static string Clip(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex IsoSeconds();
}
