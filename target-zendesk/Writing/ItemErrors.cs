using System.Text;
using System.Text.Json;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>Zendesk's reason for refusing one item, in one line: the error and each field's complaint.</summary>
internal static class ItemErrors
{
    private const int MaxLength = 500;

    /// <summary>From a job's failed item (<c>error</c>, <c>details</c>) or a 422 body (<c>error</c>, <c>description</c>, <c>details</c>).</summary>
    public static string Describe(JsonElement item, string fallback)
    {
        var text = new StringBuilder();
        Append(text, item, "error");
        Append(text, item, "description");
        if (item.TryGetProperty("details", out var details))
        {
            if (details.ValueKind == JsonValueKind.String)
            {
                Separate(text).Append(details.GetString());
            }
            else if (details.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in details.EnumerateObject())
                {
                    foreach (var complaint in field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray() : Enumerable.Repeat(field.Value, 1))
                    {
                        var said = complaint.ValueKind == JsonValueKind.Object && complaint.TryGetProperty("description", out var d) ? d.ToString() : complaint.ToString();
                        Separate(text).Append(field.Name).Append(": ").Append(said);
                    }
                }
            }
        }

        var line = text.Length == 0 ? fallback : text.ToString();
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }

    /// <summary>The reason of a refused write: the record's errors when the answer has a body, else Zendesk's error text or the status.</summary>
    public static string Of(ZendeskReply reply)
    {
        var fallback = reply.ErrorText ?? $"HTTP {reply.StatusCode}";
        return reply.Document is { } document ? Describe(document.RootElement, fallback) : fallback;
    }

    /// <summary>Whether Zendesk's refusal says that what was asked is already so (a membership that exists).</summary>
    public static bool SaysAlready(JsonElement body) => body.GetRawText().Contains("already", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder text, JsonElement item, string property)
    {
        if (item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } said)
        {
            Separate(text).Append(said);
        }
    }

    private static StringBuilder Separate(StringBuilder text) => text.Length == 0 ? text : text.Append("; ");
}
