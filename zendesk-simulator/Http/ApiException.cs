namespace Zendesk.Simulator.Http;

/// <summary>Ends a request with a Zendesk error response.</summary>
internal sealed class ApiException(int status, string body) : Exception(body)
{
    public int Status { get; } = status;

    public string Body { get; } = body;
}
