using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// The keywords of a schema that bound a value rather than type it: lengths and patterns of strings,
/// bounds of numbers, and enum. Exclusive bounds are read in both forms: draft 4's boolean beside
/// minimum or maximum, and draft 6's number of their own.
/// </summary>
internal sealed class ValueConstraints
{
    // A pattern from a schema runs against every value of the stream: one that backtracks without end must not hang the run.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private ValueConstraints()
    {
    }

    public long? MinLength { get; private init; }

    public long? MaxLength { get; private init; }

    public Regex? Pattern { get; private init; }

    public Bound? Minimum { get; private init; }

    public Bound? Maximum { get; private init; }

    public IReadOnlyList<JsonElement>? Enum { get; private init; }

    /// <returns>The constraints, or null when the schema has none.</returns>
    public static ValueConstraints? Read(JsonElement schema)
    {
        var constraints = new ValueConstraints
        {
            MinLength = Count(schema, "minLength"),
            MaxLength = Count(schema, "maxLength"),
            Pattern = ReadPattern(schema),
            Minimum = ReadBound(schema, "minimum", "exclusiveMinimum", lower: true),
            Maximum = ReadBound(schema, "maximum", "exclusiveMaximum", lower: false),
            Enum = schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array ? [.. values.EnumerateArray().Select(v => v.Clone())] : null,
        };
        return constraints is { MinLength: null, MaxLength: null, Pattern: null, Minimum: null, Maximum: null, Enum: null } ? null : constraints;
    }

    /// <summary>The first constraint the value the reader is on breaks, described; the reader does not move.</summary>
    public string? Check(Utf8JsonReader reader)
    {
        if (Enum is { } allowed)
        {
            var value = JsonElement.ParseValue(ref reader);
            if (!allowed.Any(a => JsonElement.DeepEquals(a, value)))
            {
                return $"{value.GetRawText()} is not one of the values the schema allows ({string.Join(", ", allowed.Select(a => a.GetRawText()))})";
            }
        }

        return reader.TokenType switch
        {
            JsonTokenType.String => CheckString(reader.GetString()!),
            JsonTokenType.Number => CheckNumber(reader.GetDouble(), reader.TryGetDecimal(out var exact) ? exact : null),
            _ => null,
        };
    }

    private string? CheckString(string text)
    {
        if (MinLength is not null || MaxLength is not null)
        {
            // JSON Schema counts characters, not UTF-16 units: an emoji is one.
            var length = text.EnumerateRunes().Count();
            if (length < MinLength)
            {
                return string.Create(CultureInfo.InvariantCulture, $"is {length} characters long, shorter than the schema's minLength {MinLength}");
            }

            if (length > MaxLength)
            {
                return string.Create(CultureInfo.InvariantCulture, $"is {length} characters long, longer than the schema's maxLength {MaxLength}");
            }
        }

        if (Pattern is { } pattern)
        {
            bool matches;
            try
            {
                matches = pattern.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return $"could not be matched against the schema's pattern \"{pattern}\" in time";
            }

            if (!matches)
            {
                return $"does not match the schema's pattern \"{pattern}\"";
            }
        }

        return null;
    }

    private string? CheckNumber(double value, decimal? exact)
    {
        if (Minimum is { } minimum && !minimum.Admits(value, exact))
        {
            return $"is {Text(value, exact)}, below the schema's {minimum.Describe()}";
        }

        if (Maximum is { } maximum && !maximum.Admits(value, exact))
        {
            return $"is {Text(value, exact)}, above the schema's {maximum.Describe()}";
        }

        return null;
    }

    private static string Text(double value, decimal? exact) =>
        exact is { } d ? d.ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);

    private static long? Count(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) ? count : null;

    private static Regex? ReadPattern(JsonElement schema)
    {
        if (!schema.TryGetProperty("pattern", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var pattern = value.GetString()!;
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException e)
        {
            throw new MappingException($"pattern \"{pattern}\" is not a regular expression: {e.Message}");
        }
    }

    /// <summary>
    /// The tighter of an inclusive bound and an exclusive one. Draft 4 writes exclusiveMinimum: true
    /// to make minimum exclusive; later drafts give exclusiveMinimum a number of its own.
    /// </summary>
    private static Bound? ReadBound(JsonElement schema, string inclusiveKeyword, string exclusiveKeyword, bool lower)
    {
        var exclusiveFlag = schema.TryGetProperty(exclusiveKeyword, out var exclusive) && exclusive.ValueKind == JsonValueKind.True;
        Bound? inclusive = schema.TryGetProperty(inclusiveKeyword, out var limit) && limit.ValueKind == JsonValueKind.Number
            ? new Bound(limit.Clone(), Exclusive: exclusiveFlag, lower, exclusiveFlag ? exclusiveKeyword : inclusiveKeyword)
            : null;
        Bound? strict = exclusive.ValueKind == JsonValueKind.Number ? new Bound(exclusive.Clone(), Exclusive: true, lower, exclusiveKeyword) : null;
        return (inclusive, strict) switch
        {
            (null, _) => strict,
            (_, null) => inclusive,
            _ => inclusive.Value.Tighter(strict.Value),
        };
    }
}
