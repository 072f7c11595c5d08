using System.Text.RegularExpressions;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>
/// A place where Zendesk's OAS is known to disagree with what Zendesk sends, with the reason.
/// <paramref name="Path"/> is a regular expression over the validator's JSON path (e.g. "\.solved_at$").
/// </summary>
internal sealed record OasCorrection(string Path, string Reason, bool Null = true, string? ExtraValue = null)
{
    public bool AllowsNull(string path) => Null && Regex.IsMatch(path, Path);

    public bool AllowsValue(string path, string? value) => ExtraValue is not null && value == ExtraValue && Regex.IsMatch(path, Path);
}
