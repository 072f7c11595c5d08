namespace Zendesk.Singer.Http;

/// <summary>
/// A request to Zendesk failed for good. The message is meant for users: it names the endpoint (a path,
/// never a query string) and Zendesk's own error text, and never contains a credential.
/// </summary>
internal class ZendeskException(string message, string endpoint, int? statusCode = null, string? zendeskMessage = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The request path, e.g. <c>/api/v2/sla_policies</c>.</summary>
    public string Endpoint { get; } = endpoint;

    /// <summary>The HTTP status of the last answer, if there was one.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>Zendesk's error text (title, description), secrets removed.</summary>
    public string? ZendeskMessage { get; } = zendeskMessage;
}
