using System.Text.Json;

namespace Zendesk.Singer.Http;

/// <summary>
/// Zendesk's answer to a write: a success, or a refusal that speaks about the record itself (400, 404,
/// 422) and that the caller reads for its meaning (say, "already a member" is no failure). Failures of
/// the request as a whole (sign-in, plan, rate limits, servers) are exceptions instead.
/// </summary>
internal sealed class ZendeskReply(int statusCode, JsonDocument? document, string? errorText) : IDisposable
{
    public int StatusCode { get; } = statusCode;

    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>The JSON body, or null when there was none (204) or it was not JSON.</summary>
    public JsonDocument? Document { get; } = document;

    /// <summary>Zendesk's error text of a refusal in one line, secrets removed; null on success.</summary>
    public string? ErrorText { get; } = errorText;

    public void Dispose() => Document?.Dispose();
}
