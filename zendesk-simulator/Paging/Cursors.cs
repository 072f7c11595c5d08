using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Zendesk.Simulator.Paging;

/// <summary>Opaque cursors: base64url text that clients must pass back unchanged.</summary>
internal static class Cursors
{
    public static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A list cursor names the key of the record it stands on.</summary>
    public static string List(long key) => Encode(string.Create(CultureInfo.InvariantCulture, $"{{\"o\":\"id\",\"v\":{key}}}"));

    public static bool TryList(string? cursor, out long key)
    {
        key = 0;
        var text = Decode(cursor);
        const string prefix = "{\"o\":\"id\",\"v\":";
        return text is not null && text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith('}')
            && long.TryParse(text.AsSpan(prefix.Length, text.Length - prefix.Length - 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out key);
    }

    /// <summary>An export cursor names the (timestamp, index) position after which the next page starts, like Zendesk's "1576613539.0||467|".</summary>
    public static string Export(long timestamp, uint local) => Encode(string.Create(CultureInfo.InvariantCulture, $"{timestamp}.0||{local}|"));

    public static bool TryExport(string? cursor, out long timestamp, out uint local)
    {
        timestamp = 0;
        local = 0;
        var text = Decode(cursor);
        if (text is null)
        {
            return false;
        }

        var parts = text.Split('|');
        return parts.Length == 4
            && parts[0].EndsWith(".0", StringComparison.Ordinal)
            && long.TryParse(parts[0].AsSpan(0, parts[0].Length - 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out timestamp)
            && uint.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out local);
    }
}
