using System.Text;
using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// The generated texts, encoded once: every value a record can take from the word lists and
/// codes, and the word pairs that subjects, descriptions and names are made of.
/// </summary>
internal static class EncodedWords
{
    public static readonly JsonEncodedText[] Subjects = JsonText.Pairs(Words.Problems, " ", Words.Things);

    public static readonly JsonEncodedText[] Descriptions = JsonText.Pairs(Words.RequesterLines, "\n\n", Words.RequesterLines);

    public static readonly JsonEncodedText[] FullNames = JsonText.Pairs(Words.FirstNames, " ", Words.LastNames);

    public static readonly JsonEncodedText[] Notes = JsonText.Pairs(Words.NoteLines, "\n", Words.AgentLines);

    public static readonly JsonEncodedText[] Tags = JsonText.Encode(TagTable.Names);

    public static readonly JsonEncodedText[] Statuses = JsonText.Encode(TicketCodes.Statuses);

    public static readonly JsonEncodedText Deleted = JsonText.Encode("deleted");

    /// <summary>Index 0 (no priority) is written as null.</summary>
    public static readonly JsonEncodedText[] Priorities = JsonText.Encode([.. TicketCodes.Priorities.Select(p => p ?? string.Empty)]);

    /// <summary>Index 0 (no type) is written as null.</summary>
    public static readonly JsonEncodedText[] Types = JsonText.Encode([.. TicketCodes.Types.Select(t => t ?? string.Empty)]);

    public static readonly JsonEncodedText[] Channels = JsonText.Encode(TicketCodes.Channels);

    public static readonly JsonEncodedText SupportName = JsonText.Encode("Simulator Support");

    public static readonly JsonEncodedText Unoffered = JsonText.Encode("unoffered");

    public static readonly JsonEncodedText[] RatingReasons = JsonText.Encode(RatingInfo.Reasons);

    public static readonly JsonEncodedText[] RatingComments = JsonText.Encode(RatingInfo.Comments);

    public static readonly JsonEncodedText[] MetricNames = JsonText.Encode(TicketMetrics.MetricNames);

    public static readonly JsonEncodedText[] MetricTypes = JsonText.Encode(TicketMetrics.TypeNames);

    public static readonly JsonEncodedText[] TimeZones = JsonText.Encode(Words.TimeZones);

    public static readonly JsonEncodedText[] IanaTimeZones = JsonText.Encode(Words.IanaTimeZones);

    public static readonly JsonEncodedText[] Locales = JsonText.Encode(Words.Locales);

    public static readonly JsonEncodedText[] Roles = JsonText.Encode(UserStore.RoleNames);

    public static readonly JsonEncodedText Staff = JsonText.Encode("staff");

    /// <summary>The email forms of first and last names: lower-case ASCII letters only.</summary>
    public static readonly byte[][] EmailFirstNames = [.. Words.FirstNames.Select(n => Encoding.ASCII.GetBytes(PersonText.EmailPart(n)))];

    public static readonly byte[][] EmailLastNames = [.. Words.LastNames.Select(n => Encoding.ASCII.GetBytes(PersonText.EmailPart(n)))];
}
