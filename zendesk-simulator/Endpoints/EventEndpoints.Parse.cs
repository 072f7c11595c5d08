using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Reads a tracked event: the profile needs a source ("zendesk" is reserved), a type and identifiers;
/// the event a source, a type and properties, and may carry a created_at. Zendesk documents at most 40
/// characters for a source; the simulator holds types and identifier types to the same bound, and
/// identifier values to <see cref="MaxIdentifierValueLength"/>, which Zendesk does not document: a
/// longer one is a 400 so that a client's own bound is tested against a refusal.
/// </summary>
internal static partial class EventEndpoints
{
    public const int MaxSourceLength = 40;

    public const int MaxIdentifierValueLength = 60;

    private static ProfileEvent Parse(JsonElement body)
    {
        var profile = Member(body, "profile");
        var ev = Member(body, "event");
        var identifiers = profile.TryGetProperty("identifiers", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Identifier).ToList()
            : throw Invalid("profile.identifiers must be a list.");
        if (identifiers.Count == 0)
        {
            throw Invalid("profile.identifiers must hold at least one identifier.");
        }

        if (!ev.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("event.properties must be an object.");
        }

        return new ProfileEvent
        {
            ProfileSource = Source(profile, "profile"),
            ProfileType = Bounded(Required(profile, "type", "profile"), "profile.type", MaxSourceLength),
            ProfileName = Optional(profile, "name"),
            Identifiers = identifiers,
            Source = Source(ev, "event"),
            Type = Bounded(Required(ev, "type", "event"), "event.type", MaxSourceLength),
            Description = Optional(ev, "description"),
            Properties = properties.GetRawText(),
            CreatedAt = Optional(ev, "created_at") is { } created
                ? Time(created) ?? throw Invalid("event.created_at must be an ISO-8601 date-time.")
                : null,
        };
    }

    /// <summary>An ISO-8601 time as UTC, or null when it is not one.</summary>
    private static DateTimeOffset? Time(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    private static JsonElement Member(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw Invalid($"{name} is required.");

    private static ProfileIdentifier Identifier(JsonElement identifier) =>
        identifier.ValueKind == JsonValueKind.Object
            ? new ProfileIdentifier(
                Bounded(Required(identifier, "type", "identifier"), "identifier.type", MaxSourceLength),
                Bounded(Required(identifier, "value", "identifier"), "identifier.value", MaxIdentifierValueLength))
            : throw Invalid("Each identifier must be an object with a type and a value.");

    private static string Source(JsonElement obj, string owner)
    {
        var source = Required(obj, "source", owner);
        if (source.Length > MaxSourceLength)
        {
            throw Invalid($"{owner}.source must be at most {MaxSourceLength} characters.");
        }

        return string.Equals(source, "zendesk", StringComparison.OrdinalIgnoreCase)
            ? throw Invalid($"{owner}.source \"zendesk\" is reserved.")
            : source;
    }

    private static string Bounded(string text, string name, int max) =>
        text.Length <= max ? text : throw Invalid($"{name} must be at most {max} characters.");

    private static string Required(JsonElement obj, string name, string owner) =>
        Optional(obj, name) is { Length: > 0 } text ? text : throw Invalid($"{owner}.{name} is required.");

    private static string? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ApiException Invalid(string detail) => new(StatusCodes.Status400BadRequest, ErrorBodies.SunshineInvalid(detail));
}
