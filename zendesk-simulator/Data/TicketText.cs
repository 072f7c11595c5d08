using System.Globalization;
using System.Net;
using System.Text;

namespace Zendesk.Simulator.Data;

/// <summary>The free texts of a ticket and its comments, rebuilt from the seed.</summary>
internal static class TicketText
{
    /// <summary>A ticket's generated tags: its channel and up to three words.</summary>
    public const int MaxTags = 4;

    public const int EncodedIdLength = 10;

    public static string Subject(int seed, int index)
    {
        var subject = SubjectIndex(seed, index);
        return Words.Problems[subject / Words.Things.Length] + " " + Words.Things[subject % Words.Things.Length];
    }

    /// <summary>The subject as problem * Things.Length + thing.</summary>
    public static int SubjectIndex(int seed, int index)
    {
        var prng = new Prng(seed, Salts.TicketText, index);
        var problem = prng.Below(Words.Problems.Length);
        return (problem * Words.Things.Length) + prng.Below(Words.Things.Length);
    }

    /// <summary>The description (the first comment's body) as first line * RequesterLines.Length + second line.</summary>
    public static int DescriptionIndex(int seed, int index)
    {
        var prng = new Prng(seed, Salts.Comment, (long)index * Ids.AuditsPerTicket);
        var first = prng.Below(Words.RequesterLines.Length);
        return (first * Words.RequesterLines.Length) + prng.Below(Words.RequesterLines.Length);
    }

    public static string[] Tags(int seed, int index, byte channel)
    {
        Span<byte> ranks = stackalloc byte[MaxTags];
        var count = TagRanks(seed, index, channel, ranks);
        var tags = new string[count];
        for (var i = 0; i < count; i++)
        {
            tags[i] = TagTable.Names[ranks[i]];
        }

        return tags;
    }

    /// <summary>The ticket's tags as sorted, distinct ranks in <see cref="TagTable"/>.</summary>
    public static int TagRanks(int seed, int index, byte channel, Span<byte> into)
    {
        var prng = new Prng(seed, Salts.TicketText, index);
        _ = prng.Next();
        _ = prng.Next();
        var words = prng.Below(MaxTags);
        var count = 0;
        Insert(into, ref count, TagTable.ChannelRanks[channel]);
        for (var i = 0; i < words; i++)
        {
            Insert(into, ref count, TagTable.WordRanks[prng.Below(Words.Tags.Length)]);
        }

        return count;
    }

    public static object? CustomFieldValue(int seed, int index, int field, long anchor) =>
        CustomField(seed, index, field, anchor).ToObject(Fields.Ticket[field]);

    public static FieldValue CustomField(int seed, int index, int field, long anchor)
    {
        var prng = new Prng(seed, Salts.TicketText, ((long)index * 64) + 16 + field);
        return Fields.Generate(ref prng, Fields.Ticket[field], anchor);
    }

    public static string? ExternalId(int seed, int index) =>
        ExternalIdNumber(seed, index) is >= 0 and var number ? string.Create(CultureInfo.InvariantCulture, $"ext-{number:D8}") : null;

    /// <summary>The number of the ticket's external id ("ext-" and eight digits), or -1 when it has none.</summary>
    public static long ExternalIdNumber(int seed, int index)
    {
        var prng = new Prng(seed, Salts.TicketText, ((long)index * 64) + 1);
        return prng.Chance(0.3) ? (long)(prng.Next() % 100_000_000) : -1;
    }

    public static string EncodedId(long id)
    {
        Span<byte> text = stackalloc byte[EncodedIdLength];
        EncodedId(id, text);
        return Encoding.ASCII.GetString(text);
    }

    /// <summary>Writes the ticket's short code (as "ABCDEF-GHJ") into <paramref name="into"/>.</summary>
    public static void EncodedId(long id, Span<byte> into)
    {
        ReadOnlySpan<byte> alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"u8;
        var value = Prng.Mix((ulong)id);
        var n = 0;
        for (var i = 0; i < 9; i++)
        {
            if (i == 6)
            {
                into[n++] = (byte)'-';
            }

            into[n++] = alphabet[(int)(value % 32)];
            value /= 32;
        }
    }

    public static string CommentBody(int seed, int index, in AuditSpec audit, string requesterFirstName, string agentFirstName)
    {
        var prng = new Prng(seed, Salts.Comment, ((long)index * Ids.AuditsPerTicket) + audit.Slot);
        return audit.Kind switch
        {
            AuditKind.Create => prng.Pick(Words.RequesterLines) + "\n\n" + prng.Pick(Words.RequesterLines),
            AuditKind.RequesterReply => prng.Pick(Words.RequesterLines),
            AuditKind.InternalNote => prng.Pick(Words.NoteLines),
            _ => $"Hi {requesterFirstName},\n\n{prng.Pick(Words.AgentLines)}\n\nBest regards,\n{agentFirstName}",
        };
    }

    public static string Html(string body)
    {
        var builder = new StringBuilder("<div class=\"zd-comment\" dir=\"auto\">");
        foreach (var paragraph in body.Split("\n\n"))
        {
            builder.Append("<p dir=\"auto\">").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        return builder.Append("</div>").ToString();
    }

    private static void Insert(Span<byte> ranks, ref int count, byte rank)
    {
        var at = 0;
        while (at < count && ranks[at] < rank)
        {
            at++;
        }

        if (at < count && ranks[at] == rank)
        {
            return;
        }

        ranks[at..count].CopyTo(ranks[(at + 1)..]);
        ranks[at] = rank;
        count++;
    }
}
