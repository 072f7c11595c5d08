namespace Zendesk.Singer.Http;

/// <summary>HTTP 404 because there is no Zendesk account at the configured address.</summary>
internal sealed class ZendeskNoHelpDeskException(string message, string endpoint, string host, string? zendeskMessage)
    : ZendeskException(message, endpoint, 404, zendeskMessage)
{
    public string Host { get; } = host;
}
