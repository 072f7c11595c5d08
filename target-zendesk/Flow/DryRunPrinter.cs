using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Configuration;
using Zendesk.Singer.Destination.Mapping;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>
/// A dry run: prints, one JSON line per call, what would be sent for it, and sends nothing (no request
/// at all, so custom traits are shown as if the account had every field).
/// </summary>
internal sealed class DryRunPrinter(Stream output, DestinationConfig config) : IRoundSink
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(Round round, CancellationToken ct)
    {
        foreach (var call in round.Calls.Where(c => c.Outcome != CallOutcome.Rejected))
        {
            using (var json = new Utf8JsonWriter(output, Options))
            {
                json.WriteStartObject();
                json.WriteString("stream", call.Stream);
                json.WriteNumber("line", call.Line);
                json.WriteString("call", call.Kind.ToString().ToLowerInvariant());
                Describe(json, call);
                json.WriteEndObject();
            }

            output.Write("\n"u8);
            call.Done(CallOutcome.Skipped);
        }

        await output.FlushAsync(ct);
    }

    private void Describe(Utf8JsonWriter json, InputCall call)
    {
        if (call.Identify is { } identify)
        {
            json.WritePropertyName("user");
            UserPayload.Write(json, identify, EveryField.Instance, config.CreateUsersAsVerified);
            if (config.RemoveUsersFromOrganizations && identify is { RemoveFromCompany: true, CompanyId: { } company })
            {
                json.WriteString("leaves_organization_with_external_id", company);
            }
        }
        else if (call.Group is { } group)
        {
            json.WritePropertyName("organization");
            OrganizationPayload.Write(json, group, EveryField.Instance);
            json.WriteBoolean("delete", group.Deleted);
            if (group.UserId is { } userId && !group.Deleted)
            {
                json.WriteString("member_with_external_id", userId);
            }
        }
        else if (call.Track is { } track)
        {
            if (config.Events.Contains(track.Event))
            {
                json.WritePropertyName("event");
                EventPayload.Write(json, track, config.ProfileSource, config.ProfileType);
            }
            else
            {
                json.WriteString("skipped", $"the event \"{track.Event}\" is not in {DestinationSettings.Events}");
            }
        }
    }
}
