using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Http;

/// <summary>
/// Turns the body of an error answer into one readable line. Zendesk uses several shapes:
/// <c>{"error":"X","description":"Y"}</c>, <c>{"error":{"title":"X","message":"Y"}}</c>,
/// <c>{"errors":[{"title":"X","detail":"Y"}]}</c>, OAuth's <c>error_description</c>, or plain text.
/// </summary>
internal static class ZendeskErrorText
{
    private const int MaxLength = 300;

    public static string? From(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var text = FromJson(document.RootElement);
            if (text is not null)
            {
                return Shorten(text);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page, a plain-text limit message): the text itself is the message.
        }

        return Shorten(body);
    }

    private static string? FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var parts = new List<string>();
        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.String)
            {
                parts.Add(error.GetString()!);
            }
            else if (error.ValueKind == JsonValueKind.Object)
            {
                AddStrings(error, parts, "title", "message", "description");
            }
        }

        AddStrings(root, parts, "description", "error_description", "message");
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in errors.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    AddStrings(item, parts, "title", "detail");
                }
                else if (item.ValueKind == JsonValueKind.String)
                {
                    parts.Add(item.GetString()!);
                }
            }
        }

        return parts.Count == 0 ? null : string.Join(": ", parts.Distinct(StringComparer.Ordinal));
    }

    private static void AddStrings(JsonElement obj, List<string> parts, params string[] names)
    {
        foreach (var name in names)
        {
            if (obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                parts.Add(text);
            }
        }
    }

    private static string Shorten(string text)
    {
        var line = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
            if (line.Length > MaxLength)
            {
                return line.ToString(0, MaxLength) + "...";
            }
        }

        return line.ToString();
    }
}
