namespace Zendesk.Simulator.Data;

/// <summary>
/// Sunshine's ids are ULIDs (26 Crockford base-32 digits: 48 bits of milliseconds, 80 random bits),
/// e.g. 01E1DPYAA7HW7645KMJEY9CXRJ. The random part comes from the seed and a serial, so the same
/// run gives the same ids.
/// </summary>
internal static class SunshineIds
{
    private const string Digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Next(int seed, long serial, DateTimeOffset at)
    {
        var time = (ulong)Math.Max(0, at.ToUnixTimeMilliseconds());
        var prng = new Prng(seed, Salts.Sunshine, serial);
        Span<char> chars = stackalloc char[26];
        for (var i = 9; i >= 0; i--)
        {
            chars[i] = Digits[(int)(time & 31)];
            time >>= 5;
        }

        for (var i = 10; i < chars.Length; i++)
        {
            chars[i] = Digits[prng.Below(Digits.Length)];
        }

        return new string(chars);
    }
}
