namespace Zendesk.Simulator.Data;

/// <summary>
/// A Sunshine profile: a person as one source and type know it, tied to one Zendesk user. It gathers
/// every identifier sent with its events, and an identifier query (source:type:identifier type:value)
/// finds it by any of them: emails whatever their case, other values exactly.
/// </summary>
internal sealed class SunshineProfile
{
    public required string Id { get; init; }

    public required string Source { get; init; }

    public required string Type { get; init; }

    public required long UserId { get; init; }

    public List<ProfileIdentifier> Identifiers { get; } = [];

    public bool Is(string source, string type) =>
        string.Equals(Source, source, StringComparison.Ordinal) && string.Equals(Type, type, StringComparison.Ordinal);

    public bool Has(ProfileIdentifier identifier) => Identifiers.Exists(i => Same(i, identifier));

    public void Add(IEnumerable<ProfileIdentifier> identifiers)
    {
        foreach (var identifier in identifiers)
        {
            if (!Has(identifier))
            {
                Identifiers.Add(identifier);
            }
        }
    }

    private static bool Same(ProfileIdentifier a, ProfileIdentifier b) =>
        string.Equals(a.Type, b.Type, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Value, b.Value, string.Equals(a.Type, "email", StringComparison.OrdinalIgnoreCase) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
