using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// Sunshine events. An event is stored against a profile: the one of that source and type that
/// already has one of the identifiers sent, else a new one for the user its email or external_id
/// identifiers find (a new end-user when none does), or for the user named in the path. Identifiers
/// sent later join the profile.
/// </summary>
internal sealed class SunshineRecords(AccountLock gate, SimulatedClock clock, AccountShape shape, UserRecords users)
{
    /// <summary>The events tracked so far, oldest first.</summary>
    internal List<ProfileEvent> Events { get; } = [];

    /// <summary>The profiles events were stored against, oldest first.</summary>
    internal List<SunshineProfile> Profiles { get; } = [];

    /// <summary>Tracks the event against a profile of <paramref name="userId"/>, or of the user its identifiers find; returns it stored.</summary>
    public ProfileEvent Track(ProfileEvent profileEvent, long? userId = null)
    {
        ArgumentNullException.ThrowIfNull(profileEvent);
        using (gate.Write())
        {
            if (userId is { } id && users.Store.IndexOf(id) < 0)
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
                    Id = SunshineIds.Next(shape.Seed, -1 - Profiles.Count, clock.Now),
                    Source = profileEvent.ProfileSource,
                    Type = profileEvent.ProfileType,
                    UserId = userId ?? ProfileUser(profileEvent),
                };
                Profiles.Add(profile);
            }

            profile.Add(profileEvent.Identifiers);
            var now = clock.Now;
            var tracked = profileEvent with
            {
                Id = SunshineIds.Next(shape.Seed, Events.Count, now),
                ProfileId = profile.Id,
                UserId = profile.UserId,
                Received = now,
                CreatedAt = profileEvent.CreatedAt ?? now,
            };
            Events.Add(tracked);
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
        return users.FindOrCreate(email, externalId, profileEvent.ProfileName ?? profileEvent.Identifiers[0].Value);
    }
}
