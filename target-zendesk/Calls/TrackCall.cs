using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Destination.Calls;

/// <summary>A track: one profile event for the user found by properties.email, else by external_id = userId.</summary>
/// <param name="Properties">The event's properties as given (cloned), or null.</param>
internal sealed record TrackCall(string? UserId, string? Email, string Event, JsonElement? Properties, DateTimeOffset? Timestamp)
{
    public static TrackCall Read(JsonElement record)
    {
        var name = CallFields.Text(record, "event", "event") ?? throw new CallRefusedException("event", "a track needs the event's name");
        var properties = CallFields.Object(record, "properties", "properties");
        var email = properties is { } p ? CallFields.Text(p, "email", "properties.email") : null;
        var userId = CallFields.Id(record, "userId", "userId");
        if (userId is null && email is null)
        {
            throw new CallRefusedException("userId", "a track needs userId or properties.email to find its user");
        }

        DateTimeOffset? timestamp = null;
        if (CallFields.Text(record, "timestamp", "timestamp") is { } text)
        {
            timestamp = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed.ToUniversalTime()
                : throw new CallRefusedException("timestamp", "must be a date and time in ISO 8601");
        }

        return new TrackCall(userId, email, name, properties?.Clone(), timestamp);
    }
}
