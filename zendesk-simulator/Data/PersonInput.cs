using System.Text.RegularExpressions;

namespace Zendesk.Simulator.Data;

/// <summary>The checks and normalizations Zendesk applies to written users and organizations.</summary>
internal static partial class PersonInput
{
    public static bool IsEmail(string text) => EmailShape().IsMatch(text);

    public static RecordInvalidException NameTooShort() =>
        new("name", "Name:  is too short (minimum is 1 character)", "ValueTooShort");

    public static byte RoleCode(string role)
    {
        var code = Array.IndexOf(UserStore.RoleNames, role.Trim().ToLowerInvariant());
        return code >= 0 ? (byte)code : throw new RecordInvalidException("role", $"Role: {role} is not a valid role", "InvalidValue");
    }

    /// <summary>Tags as Zendesk stores them: lower-case, no spaces (a sent "a b" is two tags), each once.</summary>
    public static IReadOnlyList<string>? Tags(IReadOnlyList<string>? tags) =>
        tags is null
            ? null
            : [.. tags.SelectMany(t => t.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(t => t.ToLowerInvariant())
                .Distinct(StringComparer.Ordinal)];

    /// <summary>A sent text as Zendesk keeps it: trimmed, and blank means not sent.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Applies the sent keys that name a defined field; Zendesk ignores the others.</summary>
    public static void SetFields(Dictionary<string, object?> into, IReadOnlyList<FieldDefinition> definitions, IReadOnlyDictionary<string, object?>? values)
    {
        foreach (var (key, value) in values ?? new Dictionary<string, object?>())
        {
            if (definitions.Any(f => f.Key == key))
            {
                into[key] = value;
            }
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
