namespace Zendesk.Singer.Http;

/// <summary>HTTP 404 on an endpoint of an account that exists.</summary>
internal sealed class ZendeskNotFoundException(string message, string endpoint, string? zendeskMessage)
    : ZendeskException(message, endpoint, 404, zendeskMessage);
