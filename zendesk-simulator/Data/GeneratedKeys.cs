using System.Globalization;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The generated users' emails and external ids and the generated organizations' external ids and
/// names, and the way back from such a text to the few records that can carry it. Lookups then need
/// no table of a million-ticket account's texts: a candidate is rebuilt from the seed and compared.
/// </summary>
internal static class GeneratedKeys
{
    public const double UserExternalIdShare = 0.4;
    public const long UserExternalIdModulus = 1_000_000_007;
    public const double OrganizationExternalIdShare = 0.5;
    public const long OrganizationExternalIdModulus = 1_000_003;

    private const string UserExternalPrefix = "crm-";
    private const string OrganizationExternalPrefix = "ORG-";
    private const string EmailDomain = "@example.com";

    /// <summary>The generated user's email (not the account owner's, which comes from the options).</summary>
    public static string UserEmail(int seed, int user)
    {
        var (first, last) = PersonText.Name(seed, user);
        return string.Create(CultureInfo.InvariantCulture, $"{PersonText.EmailPart(first)}.{PersonText.EmailPart(last)}.{user}{EmailDomain}");
    }

    /// <summary>The generated user's external id; the draws are those UserJson makes before it.</summary>
    public static string? UserExternalId(int seed, int user)
    {
        var prng = new Prng(seed, Salts.User, ((long)user * 8) + 3);
        prng.Below(Words.TimeZones.Length);
        prng.Below(Words.Locales.Length);
        return prng.Chance(UserExternalIdShare)
            ? UserExternalPrefix + (Ids.UserId(user) % UserExternalIdModulus).ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The generated organization's external id; the draws are those OrganizationJson makes before it.</summary>
    public static string? OrganizationExternalId(int seed, int organization)
    {
        var prng = new Prng(seed, Salts.Organization, ((long)organization * 8) + 2);
        prng.Chance(0.3);
        prng.Chance(0.2);
        return prng.Chance(OrganizationExternalIdShare)
            ? OrganizationExternalPrefix + (Ids.OrganizationId(organization) % OrganizationExternalIdModulus).ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The generated user an email names (first.last.{index}@example.com), or -1.</summary>
    public static int UserOfEmail(string email)
    {
        if (!email.EndsWith(EmailDomain, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var local = email[..^EmailDomain.Length];
        var dot = local.LastIndexOf('.');
        return dot >= 0 && int.TryParse(local.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var user) ? user : -1;
    }

    /// <summary>The generated users (below <paramref name="generated"/>) whose external id could be this text.</summary>
    public static IEnumerable<int> UsersOfExternalId(string text, int generated) =>
        Candidates(text, UserExternalPrefix, UserExternalIdModulus, Ids.UserId(0), Ids.UserId(Math.Max(0, generated - 1)), Ids.UserIndex);

    /// <summary>The generated organizations (below <paramref name="generated"/>) whose external id could be this text.</summary>
    public static IEnumerable<int> OrganizationsOfExternalId(string text, int generated) =>
        Candidates(text, OrganizationExternalPrefix, OrganizationExternalIdModulus, Ids.OrganizationId(0), Ids.OrganizationId(Math.Max(0, generated - 1)), Ids.OrganizationIndex);

    /// <summary>The generated organization a name names ("Acme Labs 12" is organization 11), or -1.</summary>
    public static int OrganizationOfName(string name)
    {
        var space = name.LastIndexOf(' ');
        return space >= 0 && int.TryParse(name.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number - 1 : -1;
    }

    // The text holds id % modulus; every id in [low, high] with that remainder is a candidate.
    private static IEnumerable<int> Candidates(string text, string prefix, long modulus, long low, long high, Func<long, int> indexOf)
    {
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !long.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var remainder)
            || remainder >= modulus)
        {
            yield break;
        }

        for (var id = (low / modulus * modulus) + remainder; id <= high; id += modulus)
        {
            if (id >= low && indexOf(id) is var index && index >= 0)
            {
                yield return index;
            }
        }
    }
}
