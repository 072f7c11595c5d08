namespace Zendesk.Singer.Http;

/// <summary>HTTP 401: the credentials were refused (after one OAuth refresh when one was possible).</summary>
internal sealed class ZendeskAuthenticationException(string message, string endpoint, int statusCode, string? zendeskMessage)
    : ZendeskException(message, endpoint, statusCode, zendeskMessage);
