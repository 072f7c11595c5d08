using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Reads the JSON bodies of the write endpoints. A body that is not JSON, or lacks the wrapping
/// object ({"user": {...}}), is a 400; a value of the wrong kind too. Numbers sent for texts are taken
/// as their text, as Zendesk does with external ids.
/// </summary>
internal static class RequestBody
{
    public static async Task<JsonElement> ReadObject(HttpContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw Bad("The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw Bad("The request body is not valid JSON.");
        }
    }

    /// <summary>The object under <paramref name="key"/> ({"user": {...}}).</summary>
    public static JsonElement Wrapped(JsonElement body, string key) =>
        body.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw Bad($"Parameter {key} is missing or is not an object.");

    public static bool Has(JsonElement obj, string name) => obj.TryGetProperty(name, out _);

    public static string? Text(JsonElement obj, string name) =>
        !obj.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw Bad($"{name} must be a string."),
        };

    public static long? Long(JsonElement obj, string name) =>
        !obj.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            JsonValueKind.Null => null,
            _ => throw Bad($"{name} must be an integer."),
        };

    public static bool? Bool(JsonElement obj, string name) =>
        !obj.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw Bad($"{name} must be true or false."),
        };

    /// <summary>A list of strings; a single string is accepted as a list of one (Zendesk does so for tags).</summary>
    public static IReadOnlyList<string>? Strings(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
            ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
            : throw Bad($"{name} must be a list of strings.");
    }

    /// <summary>A custom field map (user_fields, organization_fields): values kept as sent.</summary>
    public static IReadOnlyDictionary<string, object?>? Map(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : (object?)p.Value.Clone(), StringComparer.Ordinal)
            : throw Bad($"{name} must be an object.");
    }

    public static UserInput User(JsonElement user) => new()
    {
        Name = Text(user, "name"),
        Email = Text(user, "email"),
        ExternalIdSent = Has(user, "external_id"),
        ExternalId = Text(user, "external_id"),
        Role = Text(user, "role"),
        OrganizationId = Long(user, "organization_id"),
        Tags = Strings(user, "tags"),
        Notes = Text(user, "notes"),
        Details = Text(user, "details"),
        Verified = Bool(user, "verified"),
        PhoneSent = Has(user, "phone"),
        Phone = Text(user, "phone"),
        TimeZone = Text(user, "time_zone"),
        Fields = Map(user, "user_fields"),
    };

    public static OrganizationInput Organization(JsonElement organization) => new()
    {
        Id = Long(organization, "id"),
        Name = Text(organization, "name"),
        ExternalIdSent = Has(organization, "external_id"),
        ExternalId = Text(organization, "external_id"),
        Details = Text(organization, "details"),
        Notes = Text(organization, "notes"),
        Tags = Strings(organization, "tags"),
        DomainNames = Strings(organization, "domain_names"),
        Fields = Map(organization, "organization_fields"),
    };

    public static ApiException Bad(string description) =>
        new(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue(description));
}
