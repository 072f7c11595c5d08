using System.Text.Json;

namespace Zendesk.Singer.Destination.Calls;

/// <summary>An identify: create or update one user, matched by email, else by external_id = userId.</summary>
internal sealed record IdentifyCall(
    string? UserId,
    string? Email,
    string Name,
    long? OrganizationId,
    string? TimeZone,
    string? Phone,
    string? CompanyId,
    bool RemoveFromCompany,
    IReadOnlyList<CustomTrait> Custom)
{
    private static readonly HashSet<string> Standard = new(StringComparer.Ordinal)
    {
        "email", "name", "firstName", "lastName", "first_name", "last_name", "organizationId", "timezone", "phone", "company", "id", "userId",
    };

    public static IdentifyCall Read(JsonElement record)
    {
        var userId = CallFields.Id(record, "userId", "userId");
        var traits = CallFields.Object(record, "traits", "traits") ?? default;
        var email = CallFields.Text(traits, "email", "traits.email");
        if (userId is null && email is null)
        {
            throw new CallRefusedException("userId", "an identify needs userId or traits.email to find its user");
        }

        var name = CallFields.Text(traits, "name", "traits.name") ?? FullName(traits);
        if (name is null)
        {
            throw new CallRefusedException("traits.name", "an identify needs traits.name, or traits.firstName and traits.lastName (or first_name and last_name)");
        }

        var company = CallFields.Object(traits, "company", "traits.company") ?? default;
        return new IdentifyCall(
            userId,
            email,
            name,
            CallFields.ZendeskId(traits, "organizationId", "traits.organizationId"),
            CallFields.Text(traits, "timezone", "traits.timezone"),
            CallFields.Text(traits, "phone", "traits.phone"),
            CallFields.Id(company, "id", "traits.company.id"),
            CallFields.Flag(company, "remove", "traits.company.remove"),
            CallFields.Custom(traits, Standard));
    }

    private static string? FullName(JsonElement traits)
    {
        var first = CallFields.Text(traits, "firstName", "traits.firstName") ?? CallFields.Text(traits, "first_name", "traits.first_name");
        var last = CallFields.Text(traits, "lastName", "traits.lastName") ?? CallFields.Text(traits, "last_name", "traits.last_name");
        return first is null && last is null ? null : string.Join(' ', new[] { first, last }.OfType<string>());
    }
}
