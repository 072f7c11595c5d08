using System.Globalization;
using System.Net;
using System.Text;

namespace Zendesk.Simulator.Data;

/// <summary>The free texts of a ticket and its comments, rebuilt from the seed.</summary>
internal static class TicketText
{
    public static string Subject(int seed, int index)
    {
        var prng = new Prng(seed, Salts.TicketText, index);
        return prng.Pick(Words.Problems) + " " + prng.Pick(Words.Things);
    }

    public static string[] Tags(int seed, int index, byte channel)
    {
        var prng = new Prng(seed, Salts.TicketText, index);
        _ = prng.Next();
        _ = prng.Next();
        var count = prng.Below(4);
        var tags = new List<string>(count + 1) { TicketCodes.Channels[channel] };
        for (var i = 0; i < count; i++)
        {
            var tag = prng.Pick(Words.Tags);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        tags.Sort(StringComparer.Ordinal);
        return [.. tags];
    }

    public static object? CustomFieldValue(int seed, int index, int field, long anchor)
    {
        var prng = new Prng(seed, Salts.TicketText, ((long)index * 64) + 16 + field);
        return Fields.Value(ref prng, Fields.Ticket[field], anchor);
    }

    public static string? ExternalId(int seed, int index)
    {
        var prng = new Prng(seed, Salts.TicketText, ((long)index * 64) + 1);
        return prng.Chance(0.3) ? string.Create(CultureInfo.InvariantCulture, $"ext-{prng.Next() % 100_000_000:D8}") : null;
    }

    public static string EncodedId(long id)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var value = (ulong)Prng.Mix((ulong)id);
        var builder = new StringBuilder(10);
        for (var i = 0; i < 9; i++)
        {
            if (i == 6)
            {
                builder.Append('-');
            }

            builder.Append(alphabet[(int)(value % 32)]);
            value /= 32;
        }

        return builder.ToString();
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
}
