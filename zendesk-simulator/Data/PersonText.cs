using System.Globalization;

namespace Zendesk.Simulator.Data;

/// <summary>Names, emails and other texts of users and organizations, rebuilt from the seed.</summary>
internal static class PersonText
{
    public static (string First, string Last) Name(int seed, int user)
    {
        var (first, last) = NameIndex(seed, user);
        return (Words.FirstNames[first], Words.LastNames[last]);
    }

    /// <summary>The user's generated name as indexes in the first and last name lists.</summary>
    public static (int First, int Last) NameIndex(int seed, int user)
    {
        var prng = new Prng(seed, Salts.User, ((long)user * 8) + 1);
        var first = prng.Below(Words.FirstNames.Length);
        return (first, prng.Below(Words.LastNames.Length));
    }

    public static string FullName(int seed, int user)
    {
        var (first, last) = Name(seed, user);
        return first + " " + last;
    }

    /// <summary>The seven digits after "+1555" of the user's phone number.</summary>
    public static long PhoneNumber(int seed, int user)
    {
        var prng = new Prng(seed, Salts.User, ((long)user * 8) + 2);
        return prng.Between(1_000_000, 9_999_999);
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
        var name = EmailPart(prng.Pick(Words.CompanyFirst)).Replace(" ", string.Empty, StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"{name}{organization + 1}.example");
    }

    /// <summary>A name as emails and domains carry it: its letters, accents dropped, lower-cased.</summary>
    public static string EmailPart(string text)
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
