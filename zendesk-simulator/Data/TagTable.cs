namespace Zendesk.Simulator.Data;

/// <summary>
/// Every tag a generated ticket can carry (its channel and the tag words), sorted ordinally and
/// numbered, so a ticket's sorted tags are a few small ranks rather than a list of strings.
/// </summary>
internal static class TagTable
{
    public static readonly string[] Names = [.. TicketCodes.Channels.Concat(Words.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static readonly byte[] ChannelRanks = Ranks(TicketCodes.Channels);

    public static readonly byte[] WordRanks = Ranks(Words.Tags);

    private static byte[] Ranks(string[] tags) => [.. tags.Select(t => (byte)Array.BinarySearch(Names, t, StringComparer.Ordinal))];
}
