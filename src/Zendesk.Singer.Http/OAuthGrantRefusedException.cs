namespace Zendesk.Singer.Http;

/// <summary>Zendesk refused to issue an access token: the credential the message names must be renewed or corrected.</summary>
internal sealed class OAuthGrantRefusedException(string message, string endpoint, int statusCode, string? zendeskMessage)
    : ZendeskException(message, endpoint, statusCode, zendeskMessage);
