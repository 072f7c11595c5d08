using System.Net.Http.Headers;

namespace Zendesk.Singer.Http;

/// <summary>HTTP 401; stays inside the client, which refreshes an OAuth token once or reports it.</summary>
internal sealed class CredentialsRefusedException(AuthenticationHeaderValue? sent, string? zendeskMessage)
    : Exception("Zendesk refused the credentials (HTTP 401).")
{
    /// <summary>The credentials this attempt carried, to tell whether another request already refreshed them.</summary>
    public AuthenticationHeaderValue? Sent { get; } = sent;

    public string? ZendeskMessage { get; } = zendeskMessage;
}
