using System.Text.Json;

namespace Zendesk.Singer.Destination.Calls;

/// <summary>A group: create or update the organization whose external_id is groupId, then make userId's user a member.</summary>
internal sealed record GroupCall(
    string GroupId,
    string? UserId,
    string? Name,
    IReadOnlyList<string>? DomainNames,
    IReadOnlyList<string>? Tags,
    bool Deleted,
    IReadOnlyList<CustomTrait> Custom)
{
    private static readonly HashSet<string> Standard = new(StringComparer.Ordinal)
    {
        "name", "domainNames", "domain_names", "tags", "deleted", "id", "groupId",
    };

    public static GroupCall Read(JsonElement record)
    {
        var groupId = CallFields.Id(record, "groupId", "groupId") ?? throw new CallRefusedException("groupId", "a group needs groupId, the organization's external_id");
        var traits = CallFields.Object(record, "traits", "traits") ?? default;
        return new GroupCall(
            groupId,
            CallFields.Id(record, "userId", "userId"),
            CallFields.Text(traits, "name", "traits.name"),
            CallFields.List(traits, "domainNames", "traits.domainNames", ' ') ?? CallFields.List(traits, "domain_names", "traits.domain_names", ' '),
            CallFields.List(traits, "tags", "traits.tags", ' '),
            CallFields.Flag(traits, "deleted", "traits.deleted"),
            CallFields.Custom(traits, Standard));
    }
}
