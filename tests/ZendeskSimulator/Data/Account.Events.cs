namespace Zendesk.Simulator.Data;

/// <summary>
/// Sunshine events: the profile is matched to a Zendesk user by its email or external_id identifiers,
/// and a new end-user is created when none matches (zendesk-api.md §10).
/// </summary>
internal sealed partial class Account
{
    /// <summary>The events tracked so far, oldest first.</summary>
    internal List<ProfileEvent> ProfileEvents { get; } = [];

    /// <summary>Tracks the event; returns it with its user.</summary>
    public ProfileEvent TrackEvent(ProfileEvent profileEvent)
    {
        ArgumentNullException.ThrowIfNull(profileEvent);
        using (Write())
        {
            var email = profileEvent.Identifiers.FirstOrDefault(i => i.Type == "email" && PersonInput.IsEmail(i.Value))?.Value;
            var externalId = profileEvent.Identifiers.FirstOrDefault(i => i.Type == "external_id")?.Value;
            var u = externalId is null ? -1 : UserByExternalId(externalId);
            if (u < 0 && email is not null)
            {
                u = UserByEmail(email);
            }

            var userId = u >= 0
                ? Ids.UserId(u)
                : CreateUser(
                    new UserInput { Name = profileEvent.ProfileName ?? profileEvent.Identifiers[0].Value, Email = email, ExternalIdSent = true, ExternalId = externalId },
                    email,
                    externalId,
                    role: null,
                    organization: -1,
                    anonymous: true).Id;
            var tracked = profileEvent with { UserId = userId, Received = Clock.Now };
            ProfileEvents.Add(tracked);
            return tracked;
        }
    }
}
