namespace Zendesk.Singer.Http;

/// <summary>HTTP 403: the plan or the role does not give access to <see cref="ZendeskException.Endpoint"/>.</summary>
internal sealed class ZendeskForbiddenException(string message, string endpoint, string? zendeskMessage)
    : ZendeskException(message, endpoint, 403, zendeskMessage);
