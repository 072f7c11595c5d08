namespace Zendesk.Simulator.Data;

/// <summary>
/// One term of a users search query ("Find user by email" in Zendesk's API reference): <c>email:</c>,
/// <c>external_id:</c>, <c>role:</c> or <c>name:</c> with a value, or a bare value (an empty
/// <see cref="Field"/>) that an email matches whole and a name or email matches in part. Values may
/// carry the <c>*</c> wildcard and be quoted; terms separated by spaces must all match.
/// </summary>
internal sealed record UserQueryTerm(string Field, string Value)
{
    public const string Email = "email";
    public const string ExternalId = "external_id";
    public const string Role = "role";
    public const string Name = "name";

    private static readonly string[] Fields = [Email, ExternalId, Role, Name];

    /// <summary>True when the term names at most one user: a whole email or external id.</summary>
    public bool IsExactKey => !Wildcard.Has(Value) && (Field is Email or ExternalId || (Field.Length == 0 && Value.Contains('@', StringComparison.Ordinal)));

    public static IReadOnlyList<UserQueryTerm> Parse(string? query)
    {
        var terms = new List<UserQueryTerm>();
        foreach (var token in Tokens(query ?? string.Empty))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var field = colon > 0 ? token[..colon].ToLowerInvariant() : string.Empty;
            terms.Add(Fields.Contains(field, StringComparer.Ordinal)
                ? new UserQueryTerm(field, token[(colon + 1)..].Trim('"'))
                : new UserQueryTerm(string.Empty, token.Trim('"')));
        }

        return [.. terms.Where(t => t.Value.Length > 0)];
    }

    // Splits on spaces outside double quotes.
    private static IEnumerable<string> Tokens(string query)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= query.Length; i++)
        {
            if (i < query.Length && query[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == query.Length || (!quoted && char.IsWhiteSpace(query[i])))
            {
                if (i > start)
                {
                    yield return query[start..i];
                }

                start = i + 1;
            }
        }
    }
}
