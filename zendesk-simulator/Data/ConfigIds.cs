namespace Zendesk.Simulator.Data;

/// <summary>Id ranges of the configuration records, one block of a billion per kind.</summary>
internal static class ConfigIds
{
    public const long Base = 24_700_000_000_000;

    public const int Salt = 170;

    public static long Of(ConfigKind kind, long n) => Base + ((long)kind * 1_000_000_000) + n;

    /// <summary>A 26-character id in Crockford base 32, as Zendesk gives webhooks and custom object records.</summary>
    public static string Ulid(long time, long n)
    {
        const string Digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var chars = new char[26];
        var high = (ulong)time * 1000;
        var low = Prng.Mix((ulong)n + 0x9E3779B97F4A7C15);
        for (var i = 9; i >= 0; i--)
        {
            chars[i] = Digits[(int)(high & 31)];
            high >>= 5;
        }

        for (var i = 25; i >= 10; i--)
        {
            chars[i] = Digits[(int)(low & 31)];
            low >>= 5;
        }

        return new string(chars);
    }
}
