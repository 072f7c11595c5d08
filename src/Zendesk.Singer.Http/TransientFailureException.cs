namespace Zendesk.Singer.Http;

/// <summary>
/// One attempt failed in a way worth retrying (server error, 408, 409, timeout, broken connection,
/// body cut short or not JSON). Stays inside the client: users see a <see cref="ZendeskException"/>
/// once the tries run out.
/// </summary>
internal sealed class TransientFailureException(string reason, int? statusCode = null, TimeSpan? retryAfter = null, Exception? innerException = null)
    : Exception(reason, innerException)
{
    /// <summary>For logs and the final error, e.g. "HTTP 503" or "no answer within 300 s".</summary>
    public string Reason { get; } = reason;

    public int? StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
