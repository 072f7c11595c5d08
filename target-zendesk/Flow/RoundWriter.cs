using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Mapping;
using Zendesk.Singer.Destination.Writing;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>
/// Writes one round in the order its calls depend on each other: users first (memberships and events
/// find them), then organizations, then memberships, then events. Every write is confirmed when this
/// returns: jobs ended, answers read.
/// </summary>
internal sealed class RoundWriter(
    AccountFields fields,
    UserWriter users,
    OrganizationWriter organizations,
    MembershipWriter memberships,
    EventWriter events,
    bool removeFromOrganizations) : IRoundSink
{
    public async Task WriteAsync(Round round, CancellationToken ct)
    {
        var identifies = round.Writable(CallKind.Identify).ToList();
        var groups = round.Writable(CallKind.Group).ToList();
        await fields.PrepareAsync(FieldOwner.User, identifies.SelectMany(c => c.Identify!.Custom), ct);
        await fields.PrepareAsync(FieldOwner.Organization, groups.SelectMany(c => c.Group!.Custom), ct);
        await users.WriteAsync(identifies, ct);
        await organizations.WriteAsync(groups, ct);
        var membershipCalls = round.Calls
            .Where(c => c.Outcome != CallOutcome.Rejected
                && ((c.Group is { Deleted: false, UserId: not null })
                    || (removeFromOrganizations && c.Identify is { RemoveFromCompany: true, CompanyId: not null })))
            .ToList();
        await memberships.WriteAsync(membershipCalls, ct);
        await events.WriteAsync(round.Writable(CallKind.Track).ToList(), ct);
    }
}
