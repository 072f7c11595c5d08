using System.Globalization;

namespace Zendesk.Simulator.Data;

/// <summary>Names, emails and other texts of users and organizations, rebuilt from the seed.</summary>
internal static class PersonText
{
    public static (string First, string Last) Name(int seed, int user)
    {
        var prng = new Prng(seed, Salts.User, ((long)user * 8) + 1);
        return (prng.Pick(Words.FirstNames), prng.Pick(Words.LastNames));
    }

    public static string FullName(int seed, int user)
    {
        var (first, last) = Name(seed, user);
        return first + " " + last;
    }

    public static string Email(int seed, int user, string ownerEmail)
    {
        if (user == 0)
        {
            return ownerEmail;
        }

        var (first, last) = Name(seed, user);
        var local = Ascii(first) + "." + Ascii(last);
        return string.Create(CultureInfo.InvariantCulture, $"{local}.{user}@example.com");
    }

    public static string Phone(int seed, int user)
    {
        var prng = new Prng(seed, Salts.User, ((long)user * 8) + 2);
        return string.Create(CultureInfo.InvariantCulture, $"+1555{prng.Between(1_000_000, 9_999_999)}");
    }

    public static string OrganizationName(int seed, int organization)
    {
        var prng = new Prng(seed, Salts.Organization, ((long)organization * 8) + 1);
        // Organization names are unique in Zendesk, hence the number.
        return string.Create(CultureInfo.InvariantCulture, $"{prng.Pick(Words.CompanyFirst)} {prng.Pick(Words.CompanyLast)} {organization + 1}");
    }

    public static string Domain(int seed, int organization)
    {
        var prng = new Prng(seed, Salts.Organization, ((long)organization * 8) + 1);
        var name = Ascii(prng.Pick(Words.CompanyFirst)).Replace(" ", string.Empty, StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"{name}{organization + 1}.example");
    }

    private static string Ascii(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
