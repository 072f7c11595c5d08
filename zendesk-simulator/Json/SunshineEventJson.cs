using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// A Sunshine event as the Events API returns it: id, type, source, description (when sent),
/// created_at, received_at and the properties as sent. Times are written as Zendesk's reference shows
/// them, e.g. 2020-01-31T00:44:07+00:00.
/// </summary>
internal static class SunshineEventJson
{
    /// <summary>Writes the event; <paramref name="more"/> adds members after Zendesk's (the admin API adds what it was stored against).</summary>
    public static void Write(Utf8JsonWriter w, ProfileEvent e, Action<Utf8JsonWriter>? more = null)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("source", e.Source);
        if (e.Description is { } description)
        {
            w.WriteString("description", description);
        }

        w.WriteString("created_at", Time(e.CreatedAt ?? e.Received));
        w.WriteString("received_at", Time(e.Received));
        w.WritePropertyName("properties");
        w.WriteRawValue(e.Properties, skipInputValidation: true);
        more?.Invoke(w);
        w.WriteEndObject();
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
