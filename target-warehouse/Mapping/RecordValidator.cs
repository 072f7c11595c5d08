using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>Checks a value against its schema (types, formats, nested properties and items) as the record is converted.</summary>
internal static class RecordValidator
{
    public static void Check(JsonElement value, SchemaNode node, string path, bool checkFormat)
    {
        if (Find(value, node, checkFormat) is { } problem)
        {
            throw new RecordException(path + problem.Field, problem.Text);
        }
    }

    public static string Describe(JsonTypes types)
    {
        var names = new List<string>();
        if ((types & JsonTypes.Object) != 0)
        {
            names.Add("an object");
        }

        if ((types & JsonTypes.Array) != 0)
        {
            names.Add("an array");
        }

        if ((types & JsonTypes.String) != 0)
        {
            names.Add("a string");
        }

        if ((types & JsonTypes.Number) != 0)
        {
            names.Add("a number");
        }
        else if ((types & JsonTypes.Integer) != 0)
        {
            names.Add("an integer");
        }

        if ((types & JsonTypes.Boolean) != 0)
        {
            names.Add("a boolean");
        }

        if ((types & JsonTypes.Null) != 0)
        {
            names.Add("null");
        }

        return string.Join(" or ", names);
    }

    /// <returns>The first problem, its field relative to <paramref name="value"/> (empty for the value itself).</returns>
    private static Problem? Find(JsonElement value, SchemaNode node, bool checkFormat)
    {
        var kind = KindOf(value);
        if ((node.Types & kind) == 0)
        {
            return new Problem(string.Empty, $"expected {Describe(node.Types)}, found {JsonText.Kind(value)}");
        }

        if (node.AnyOf is { Count: > 0 } alternatives)
        {
            Problem? first = null;
            foreach (var alternative in alternatives)
            {
                var problem = Find(value, alternative, checkFormat);
                if (problem is null)
                {
                    return null;
                }

                first ??= problem;
            }

            return first;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when checkFormat => CheckFormat(value, node),
            JsonValueKind.Object => CheckObject(value, node),
            JsonValueKind.Array when node.Items is not null => CheckItems(value, node.Items),
            _ => null,
        };
    }

    private static JsonTypes KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => JsonTypes.Null,
        JsonValueKind.True or JsonValueKind.False => JsonTypes.Boolean,
        JsonValueKind.Number => ValueReader.IsIntegral(value) ? JsonTypes.Integer : JsonTypes.Number,
        JsonValueKind.String => JsonTypes.String,
        JsonValueKind.Object => JsonTypes.Object,
        _ => JsonTypes.Array,
    };

    private static Problem? CheckFormat(JsonElement value, SchemaNode node) => node.Format switch
    {
        StringFormat.DateTime when !ValueReader.TryTimestamp(value, out _) =>
            new Problem(string.Empty, $"{JsonText.Describe(value)} is not a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z)"),
        StringFormat.Date when !ValueReader.TryDate(value, out _) =>
            new Problem(string.Empty, $"{JsonText.Describe(value)} is not a date (e.g. 2024-01-31)"),
        _ => null,
    };

    private static Problem? CheckObject(JsonElement value, SchemaNode node)
    {
        if (!node.ConstrainsProperties)
        {
            return null;
        }

        var next = 0;
        foreach (var property in value.EnumerateObject())
        {
            if (node.TryGetProperty(property, ref next, out var child))
            {
                if (property.Value.ValueKind == JsonValueKind.Null && !child.AllowsNull)
                {
                    return new Problem("." + property.Name, $"null is not allowed (expected {Describe(child.Types)})");
                }

                if (Find(property.Value, child, checkFormat: true) is { } problem)
                {
                    return problem with { Field = "." + property.Name + problem.Field };
                }
            }
            else if (!node.AdditionalProperties)
            {
                return new Problem("." + property.Name, "is not in the schema, which allows no additional properties");
            }
        }

        foreach (var required in node.Required)
        {
            if (!value.TryGetProperty(required, out _))
            {
                return new Problem("." + required, "required property is missing");
            }
        }

        return null;
    }

    private static Problem? CheckItems(JsonElement array, SchemaNode items)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Null && !items.AllowsNull)
            {
                return new Problem(Index(index), $"null is not allowed (expected {Describe(items.Types)})");
            }

            if (Find(item, items, checkFormat: true) is { } problem)
            {
                return problem with { Field = Index(index) + problem.Field };
            }

            index++;
        }

        return null;
    }

    private static string Index(int index) => string.Create(CultureInfo.InvariantCulture, $"[{index}]");

    private sealed record Problem(string Field, string Text);
}
