using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Mapping;

/// <summary>A track as the profile event Zendesk's <c>/api/v2/user_profiles/events</c> takes.</summary>
internal static class EventPayload
{
    /// <summary>Zendesk answers 400 for a profile identifier this long or longer, so such a call is refused before any request.</summary>
    public const int MaxIdentifierLength = 60;

    /// <summary>The identifier the event's profile is found by: the email when the call has one, else the external id.</summary>
    public static (string Type, string Value) Identifier(TrackCall call) =>
        call.Email is { } email ? ("email", email) : ("external_id", call.UserId!);

    public static void Write(Utf8JsonWriter writer, TrackCall call, string source, string profileType)
    {
        var (type, value) = Identifier(call);
        writer.WriteStartObject();
        writer.WriteStartObject("profile");
        writer.WriteString("source", source);
        writer.WriteString("type", profileType);
        writer.WriteStartArray("identifiers");
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("value", value);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("event");
        writer.WriteString("source", source);
        writer.WriteString("type", call.Event);
        writer.WritePropertyName("properties");
        if (call.Properties is { } properties)
        {
            properties.WriteTo(writer);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        if (call.Timestamp is { } timestamp)
        {
            writer.WriteString("created_at", timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
