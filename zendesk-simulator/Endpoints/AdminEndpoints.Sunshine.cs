using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Every Sunshine event and profile, for tests that compare the account after a run: Zendesk reads
/// events only by profile or by user, so a test that does not know them yet could not find them.
/// </summary>
internal static partial class AdminEndpoints
{
    private static void MapSunshine(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        app.MapGet("/__admin/sunshine", context => Responses.Json(context, account, w =>
        {
            var sunshine = account.Sunshine;
            w.WriteStartObject();
            w.WriteStartArray("profiles");
            foreach (var profile in sunshine.Profiles)
            {
                w.WriteStartObject();
                w.WriteString("id", profile.Id);
                w.WriteString("user_id", profile.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("source", profile.Source);
                w.WriteString("type", profile.Type);
                Identifiers(w, profile.Identifiers);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var tracked in sunshine.Events)
            {
                // The event as the Events API returns it, then what it was stored against.
                SunshineEventJson.Write(w, tracked, more =>
                {
                    more.WriteString("profile_id", tracked.ProfileId);
                    more.WriteString("user_id", tracked.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    more.WriteString("profile_source", tracked.ProfileSource);
                    more.WriteString("profile_type", tracked.ProfileType);
                    Identifiers(more, tracked.Identifiers);
                });
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static void Identifiers(Utf8JsonWriter w, IEnumerable<ProfileIdentifier> identifiers)
    {
        w.WriteStartArray("identifiers");
        foreach (var identifier in identifiers)
        {
            w.WriteStartObject();
            w.WriteString("type", identifier.Type);
            w.WriteString("value", identifier.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
