using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Sunshine "track event against a profile" (zendesk-api.md §10): 202 Accepted with no body. The
/// profile needs a source (at most 40 characters, "zendesk" is reserved), a type and identifiers;
/// the event a source, a type and properties. Refusals use the JSON:API error style of Sunshine.
/// </summary>
internal static class EventEndpoints
{
    public const int MaxSourceLength = 40;

    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Write(app, HttpMethods.Post, "/api/v2/user_profiles/events", i => i with { Scope = "users" }, async context =>
        {
            JsonElement body;
            try
            {
                body = await RequestBody.ReadObject(context);
            }
            catch (ApiException)
            {
                throw Invalid("The request body is not a JSON object.");
            }

            account.TrackEvent(Parse(body));
            context.Response.StatusCode = StatusCodes.Status202Accepted;
        });
    }

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
            ProfileType = Required(profile, "type", "profile"),
            ProfileName = Optional(profile, "name"),
            Identifiers = identifiers,
            Source = Source(ev, "event"),
            Type = Required(ev, "type", "event"),
            Description = Optional(ev, "description"),
            Properties = properties.GetRawText(),
        };
    }

    private static JsonElement Member(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw Invalid($"{name} is required.");

    private static ProfileIdentifier Identifier(JsonElement identifier) =>
        identifier.ValueKind == JsonValueKind.Object
            ? new ProfileIdentifier(Required(identifier, "type", "identifier"), Required(identifier, "value", "identifier"))
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

    private static string Required(JsonElement obj, string name, string owner) =>
        Optional(obj, name) is { Length: > 0 } text ? text : throw Invalid($"{owner}.{name} is required.");

    private static string? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ApiException Invalid(string detail) => new(StatusCodes.Status400BadRequest, ErrorBodies.SunshineInvalid(detail));
}
