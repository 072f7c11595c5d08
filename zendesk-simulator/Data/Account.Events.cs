namespace Zendesk.Simulator.Data;

/// <summary>
/// Sunshine events. An event is stored against a profile: the one of that source
/// and type that already has one of the identifiers sent, else a new one for the user its email or
/// external_id identifiers find (a new end-user when none does), or for the user named in the path.
/// Identifiers sent later join the profile.
/// </summary>
internal sealed partial class Account
{
    /// <summary>The events tracked so far, oldest first.</summary>
    internal List<ProfileEvent> ProfileEvents { get; } = [];

    /// <summary>The profiles events were stored against, oldest first.</summary>
    internal List<SunshineProfile> Profiles { get; } = [];

    /// <summary>Tracks the event against a profile of <paramref name="userId"/>, or of the user its identifiers find; returns it stored.</summary>
    public ProfileEvent TrackEvent(ProfileEvent profileEvent, long? userId = null)
    {
        ArgumentNullException.ThrowIfNull(profileEvent);
        using (Write())
        {
            if (userId is { } id && UserIndexOf(id) < 0)
            {
                throw new RecordMissingException($"User {id} does not exist.");
            }

            var profile = userId is { } known
                ? Profiles.Find(p => p.UserId == known && p.Is(profileEvent.ProfileSource, profileEvent.ProfileType))
                : Profiles.Find(p => p.Is(profileEvent.ProfileSource, profileEvent.ProfileType) && profileEvent.Identifiers.Any(p.Has));
            if (profile is null)
            {
                profile = new SunshineProfile
                {
                    // Profiles draw from negative serials so that their ids never repeat an event's.
                    Id = SunshineIds.Next(Shape.Seed, -1 - Profiles.Count, Clock.Now),
                    Source = profileEvent.ProfileSource,
                    Type = profileEvent.ProfileType,
                    UserId = userId ?? ProfileUser(profileEvent),
                };
                Profiles.Add(profile);
            }

            profile.Add(profileEvent.Identifiers);
            var now = Clock.Now;
            var tracked = profileEvent with
            {
                Id = SunshineIds.Next(Shape.Seed, ProfileEvents.Count, now),
                ProfileId = profile.Id,
                UserId = profile.UserId,
                Received = now,
                CreatedAt = profileEvent.CreatedAt ?? now,
            };
            ProfileEvents.Add(tracked);
            return tracked;
        }
    }

    /// <summary>The profile an identifier query names, or null. Callers hold a lock.</summary>
    internal SunshineProfile? FindProfile(string source, string type, ProfileIdentifier identifier) =>
        Profiles.Find(p => p.Is(source, type) && p.Has(identifier));

    // The user whose external id or email the profile carries; a new end-user when there is none.
    private long ProfileUser(ProfileEvent profileEvent)
    {
        var email = profileEvent.Identifiers.FirstOrDefault(i => i.Type == "email" && PersonInput.IsEmail(i.Value))?.Value;
        var externalId = profileEvent.Identifiers.FirstOrDefault(i => i.Type == "external_id")?.Value;
        var u = MatchUser(email, externalId);
        return u >= 0
            ? Ids.UserId(u)
            : CreateUser(
                new UserInput { Name = profileEvent.ProfileName ?? profileEvent.Identifiers[0].Value, Email = email, ExternalIdSent = true, ExternalId = externalId },
                email,
                externalId,
                role: null,
                organization: -1,
                anonymous: true).Id;
    }
}
