namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Picks a table or column name that is not taken yet: the conformed name itself, or else the
/// conformed name with a hash of the original, which is the same in every run.
/// </summary>
internal static class NameChoice
{
    /// <param name="conformed">The original name conformed (see <see cref="Identifiers.Conform"/>).</param>
    /// <param name="hashFirst">Skip the plain conformed name: it belongs to another name spelled exactly that way.</param>
    public static string Pick(string conformed, string original, int maxBytes, Func<string, bool> isTaken, bool hashFirst = false)
    {
        var name = Identifiers.Limit(conformed, original, maxBytes);
        if (!hashFirst && !isTaken(name))
        {
            return name;
        }

        name = Identifiers.Limit(conformed + "_" + Identifiers.Hash(original), original, maxBytes);
        for (var attempt = 2; isTaken(name); attempt++)
        {
            // Two hashes alike, or a name already given that happens to look like one: rare enough
            // that any stable way out will do.
            var salted = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{original}#{attempt}");
            name = Identifiers.Limit(conformed + "_" + Identifiers.Hash(salted), salted, maxBytes);
        }

        return name;
    }
}
