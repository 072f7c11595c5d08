using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>What the input asks of one user's membership of one organization: the last call about the pair decides.</summary>
internal sealed record MembershipChange(InputCall Call, long UserId, long OrganizationId, bool Member);
