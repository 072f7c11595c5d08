using System.Net.Http.Headers;
using System.Text;

namespace Zendesk.Singer.Http;

/// <summary>Turns an unsuccessful answer into the exception that says what to do about it.</summary>
internal sealed class ResponseClassifier(ZendeskCredentials credentials, string host, TimeProvider time)
{
    private const int MaxErrorBody = 64 * 1024;

    public async Task<Exception> FailureAsync(HttpResponseMessage response, string endpoint, AuthenticationHeaderValue? sent, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (status == 429)
        {
            return new RateLimitedException(RetryPipelines.RateLimitWait(RetryAfter(response.Headers)));
        }

        if (status is 408 or 409 or >= 500)
        {
            return new TransientFailureException(Status(response), status, RetryAfter(response.Headers));
        }

        var body = await ReadBodyAsync(response, ct);
        var text = ZendeskErrorText.From(body) is { } found ? credentials.Scrub(found) : null;
        var said = text is null ? "." : $": {text}";
        return status switch
        {
            401 => new CredentialsRefusedException(sent, text),
            // Not the plan's doing, which would skip the stream: the token itself lacks what every read needs.
            403 when text?.Contains("required scopes", StringComparison.OrdinalIgnoreCase) == true => new ZendeskAuthenticationException(
                $"Zendesk refused {endpoint} at {host} (HTTP 403){said}: the OAuth token lacks that scope; ask for it with scope in the config, or allow it to the OAuth client.", endpoint, 403, text),
            403 => new ZendeskForbiddenException($"Zendesk denied access to {endpoint} (HTTP 403){said}", endpoint, text),
            404 when IsNoHelpDesk(body, endpoint) => new ZendeskNoHelpDeskException(
                $"There is no Zendesk help desk at {host} (HTTP 404 for {endpoint}): check subdomain or base_url in the config.", endpoint, host, text),
            404 => new ZendeskNotFoundException($"Zendesk has no {endpoint} (HTTP 404){said}", endpoint, text),
            422 when text?.Contains("too recent", StringComparison.OrdinalIgnoreCase) == true => new ZendeskTooRecentException(
                $"Zendesk has nothing newer yet for {endpoint} (HTTP 422){said}", endpoint, text),
            _ => new ZendeskException($"Zendesk rejected {endpoint} ({Status(response)}){said}", endpoint, status, text),
        };
    }

    public ZendeskAuthenticationException Refused(string endpoint, CredentialsRefusedException refused, bool refreshed)
    {
        var said = refused.ZendeskMessage is null ? string.Empty : $" ({refused.ZendeskMessage})";
        var advice = refreshed
            ? "a new OAuth access token was issued and refused all the same: check client_id, client_secret and the OAuth keys of the config"
            : "check email and api_token, or access_token, in the config";
        return new ZendeskAuthenticationException(
            $"Zendesk refused the credentials (HTTP 401) for {endpoint} at {host}{said}: {advice}.", endpoint, 401, refused.ZendeskMessage);
    }

    private static string Status(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? $"HTTP {(int)response.StatusCode}" : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";

    private TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        if (headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter.Date is { } date ? date - time.GetUtcNow() : null;
    }

    private static bool IsNoHelpDesk(string body, string endpoint) =>
        body.Contains("help desk", StringComparison.OrdinalIgnoreCase)
        || endpoint.TrimEnd('/') is "" or "/api/v2" or "/api/v2.json";

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxErrorBody];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
