using System.Text.RegularExpressions;

namespace Zendesk.Singer.Protocol.Messages;

/// <summary>
/// How a BATCH names a file, as the Singer SDK writes it: <c>file:///data/x.json.gz</c> is an absolute
/// path, <c>file://data/x.json.gz</c> (the SDK's relative root) a path relative to the working
/// directory, and <c>file://localhost/data/x.json.gz</c> the local host's; escapes (<c>%20</c>) are
/// undone. A plain path is taken as it is.
/// </summary>
internal static partial class BatchFileUri
{
    private const string FileScheme = "file://";
    private const string LocalHost = "localhost/";

    /// <summary>The absolute <c>file://</c> URI of a local file, escaped as URIs are.</summary>
    public static string Of(string absolutePath) => new Uri(absolutePath).AbsoluteUri;

    /// <returns>The local path the URI or path names (empty when it names none), or null for another scheme (<c>s3://</c>, ...).</returns>
    public static string? LocalPath(string uriOrPath)
    {
        if (!uriOrPath.StartsWith(FileScheme, StringComparison.OrdinalIgnoreCase))
        {
            return Scheme().IsMatch(uriOrPath) ? null : uriOrPath;
        }

        var path = Uri.UnescapeDataString(uriOrPath[FileScheme.Length..]);
        return path.StartsWith(LocalHost, StringComparison.OrdinalIgnoreCase) ? path[(LocalHost.Length - 1)..] : path;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*://")]
    private static partial Regex Scheme();
}
