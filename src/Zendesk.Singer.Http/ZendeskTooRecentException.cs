namespace Zendesk.Singer.Http;

/// <summary>HTTP 422 "Too recent start_time": an incremental export has nothing new yet.</summary>
internal sealed class ZendeskTooRecentException(string message, string endpoint, string? zendeskMessage)
    : ZendeskException(message, endpoint, 422, zendeskMessage);
