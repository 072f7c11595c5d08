using System.Globalization;

namespace Zendesk.Simulator.Data.Routing;

/// <summary>
/// A place in the instance values export, handed out as an opaque UUID-shaped cursor (as Zendesk's
/// are): the listing second, the assignment and whether the event is the removal.
/// </summary>
internal readonly record struct SkillCursor(long ListedAt, long Ordinal, bool Removal) : IComparable<SkillCursor>
{
    public int CompareTo(SkillCursor other)
    {
        var byTime = ListedAt.CompareTo(other.ListedAt);
        if (byTime != 0)
        {
            return byTime;
        }

        var byOrdinal = Ordinal.CompareTo(other.Ordinal);
        return byOrdinal != 0 ? byOrdinal : Removal.CompareTo(other.Removal);
    }

    public override string ToString()
    {
        var hex = ListedAt.ToString("x8", CultureInfo.InvariantCulture) + (Removal ? "0001" : "0000") + Ordinal.ToString("x16", CultureInfo.InvariantCulture) + "0000";
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>Reads a cursor this class wrote; null for anything else.</summary>
    public static SkillCursor? Parse(string text)
    {
        var hex = text.Replace("-", string.Empty, StringComparison.Ordinal);
        if (hex.Length != 32
            || !long.TryParse(hex[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var listedAt)
            || !int.TryParse(hex[8..12], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var removal)
            || !long.TryParse(hex[12..28], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var ordinal)
            || removal > 1)
        {
            return null;
        }

        return new SkillCursor(listedAt, ordinal, removal == 1);
    }
}
