using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Mapping;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// Sends track calls as profile events (<c>/api/v2/user_profiles/events</c>), for the event names the
/// config lists. Zendesk makes a new user for a profile it cannot match, so the user is found first and
/// a call for an unknown user is rejected. An event sent twice is recorded twice: an event is sent again
/// only when Zendesk cannot have taken it, and one whose fate is unknown is rejected with that reason.
/// </summary>
internal sealed class EventWriter(ZendeskClient client, UserDirectory users, WriterOptions options)
{
    public async Task WriteAsync(IReadOnlyList<InputCall> calls, CancellationToken ct)
    {
        var sent = new List<InputCall>();
        foreach (var call in calls)
        {
            var track = call.Track!;
            var (type, value) = EventPayload.Identifier(track);
            if (!options.Events.Contains(track.Event))
            {
                call.Done(CallOutcome.Skipped);
            }
            else if (value.Length > EventPayload.MaxIdentifierLength)
            {
                call.Reject($"field \"{(type == "email" ? "properties.email" : "userId")}\": Zendesk takes profile identifiers of at most {EventPayload.MaxIdentifierLength} characters");
            }
            else
            {
                sent.Add(call);
            }
        }

        await users.ExternalIds.FindAsync(sent.Where(c => c.Track!.Email is null).Select(c => c.Track!.UserId!), ct);
        await Parallel.ForEachAsync(sent, options.Side(ct), SendAsync);
    }

    private async ValueTask SendAsync(InputCall call, CancellationToken ct)
    {
        var track = call.Track!;
        if (await UnknownUserAsync(track, ct) is { } unknown)
        {
            call.Reject(unknown);
            return;
        }

        var body = JsonBody.Write(track, (w, t) => EventPayload.Write(w, t, options.ProfileSource, options.ProfileType));
        try
        {
            using var reply = await client.SendAsync(ZendeskWrite.Post("/api/v2/user_profiles/events", body, WriteSafety.OnceOnly), RequestBudget.Core, ct);
            if (reply.Succeeded)
            {
                call.Done(CallOutcome.Sent);
            }
            else
            {
                call.Reject(ItemErrors.Of(reply));
            }
        }
        catch (ZendeskWriteUncertainException e)
        {
            call.Reject(e.Message);
        }
    }

    private async Task<string?> UnknownUserAsync(TrackCall track, CancellationToken ct)
    {
        if (track.Email is { } email)
        {
            var match = await users.ByEmailAsync(email, ct);
            return match.Count switch
            {
                0 => "no Zendesk user has the email of properties.email",
                1 => null,
                _ => $"{match.Count} Zendesk users have the email of properties.email; the event is not sent to any",
            };
        }

        return users.ExternalIds[track.UserId!] is null ? "no Zendesk user has the external_id of userId" : null;
    }
}
