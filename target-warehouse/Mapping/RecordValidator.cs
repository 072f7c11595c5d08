using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Checks a value against its schema (types, formats, nested properties and items, and the bounds of
/// <see cref="ValueConstraints"/>) as the record is converted, reading it from the JSON reader in the same pass.
/// </summary>
internal static class RecordValidator
{
    /// <summary>Checks the value the reader is on, leaving the reader on the value's last token.</summary>
    public static void Check(ref Utf8JsonReader reader, SchemaNode node, string path, bool checkFormat)
    {
        if (Find(ref reader, node, checkFormat) is { } problem)
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

    /// <returns>The first problem, its field relative to the value (empty for the value itself).</returns>
    private static Problem? Find(ref Utf8JsonReader reader, SchemaNode node, bool checkFormat)
    {
        if ((node.Types & KindOf(ref reader)) == 0)
        {
            return new Problem(string.Empty, $"expected {Describe(node.Types)}, found {JsonText.Kind(ref reader)}");
        }

        if (node.Constraints?.Check(reader) is { } broken)
        {
            return new Problem(string.Empty, broken);
        }

        if (node.AnyOf is { Count: > 0 } alternatives)
        {
            // Each alternative reads the value from its start again.
            var start = reader;
            Problem? first = null;
            foreach (var alternative in alternatives)
            {
                reader = start;
                var problem = Find(ref reader, alternative, checkFormat);
                if (problem is null)
                {
                    return null;
                }

                first ??= problem;
            }

            return first;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.String when checkFormat:
                return CheckFormat(ref reader, node);
            case JsonTokenType.StartObject:
                return CheckObject(ref reader, node);
            case JsonTokenType.StartArray when node.Items is not null:
                return CheckItems(ref reader, node.Items);
            default:
                reader.Skip();
                return null;
        }
    }

    private static JsonTypes KindOf(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => JsonTypes.Null,
        JsonTokenType.True or JsonTokenType.False => JsonTypes.Boolean,
        JsonTokenType.Number => ValueReader.IsIntegral(ref reader) ? JsonTypes.Integer : JsonTypes.Number,
        JsonTokenType.String => JsonTypes.String,
        JsonTokenType.StartObject => JsonTypes.Object,
        _ => JsonTypes.Array,
    };

    private static Problem? CheckFormat(ref Utf8JsonReader reader, SchemaNode node) => node.Format switch
    {
        StringFormat.DateTime when !ValueReader.TryTimestamp(ref reader, out _) =>
            new Problem(string.Empty, $"{JsonText.Describe(ref reader)} is not a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z)"),
        StringFormat.Date when !ValueReader.TryDate(ref reader, out _) =>
            new Problem(string.Empty, $"{JsonText.Describe(ref reader)} is not a date (e.g. 2024-01-31)"),
        _ => null,
    };

    private static Problem? CheckObject(ref Utf8JsonReader reader, SchemaNode node)
    {
        if (!node.ConstrainsProperties)
        {
            reader.Skip();
            return null;
        }

        var required = node.Required;
        Span<bool> present = required.Count <= 64 ? stackalloc bool[required.Count] : new bool[required.Count];
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            for (var i = 0; i < required.Count; i++)
            {
                present[i] |= reader.ValueTextEquals(required[i]);
            }

            var index = node.FindProperty(ref reader, ref next);
            if (index < 0)
            {
                if (!node.AdditionalProperties)
                {
                    return new Problem("." + JsonText.PropertyName(ref reader), "is not in the schema, which allows no additional properties");
                }

                reader.Read();
                reader.Skip();
                continue;
            }

            var (name, child) = node.Properties[index];
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null && !child.AllowsNull)
            {
                return new Problem("." + name, $"null is not allowed (expected {Describe(child.Types)})");
            }

            if (Find(ref reader, child, checkFormat: true) is { } problem)
            {
                return problem with { Field = "." + name + problem.Field };
            }
        }

        for (var i = 0; i < required.Count; i++)
        {
            if (!present[i])
            {
                return new Problem("." + required[i], "required property is missing");
            }
        }

        return null;
    }

    private static Problem? CheckItems(ref Utf8JsonReader reader, SchemaNode items)
    {
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null && !items.AllowsNull)
            {
                return new Problem(Index(index), $"null is not allowed (expected {Describe(items.Types)})");
            }

            if (Find(ref reader, items, checkFormat: true) is { } problem)
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
