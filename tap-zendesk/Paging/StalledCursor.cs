using Zendesk.Singer.Http;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// A cursor Zendesk hands back unchanged while records keep coming: following it would read the same
/// page for ever, and stopping quietly would lose whatever lies beyond it, so the run stops and says so.
/// </summary>
internal static class StalledCursor
{
    public static ZendeskException Failure(string pathAndQuery, string cursor)
    {
        var endpoint = pathAndQuery.Split('?')[0];
        return new ZendeskException(
            $"Zendesk answered {endpoint} with records and the same cursor it was asked for ({cursor}): following it would read that page again for ever, so the sync stops here; the next run resumes from the last STATE.",
            endpoint);
    }
}
