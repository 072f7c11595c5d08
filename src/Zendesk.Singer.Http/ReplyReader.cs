using System.Net;
using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Http;

/// <summary>Which answers to a write are the caller's to read, and how they are read into a <see cref="ZendeskReply"/>.</summary>
internal sealed class ReplyReader(ZendeskCredentials credentials)
{
    /// <summary>
    /// Successes, and the refusals that concern the record sent rather than the request: 400, 422, and a
    /// JSON 404 (a record that is gone; a 404 page without JSON means no help desk, which the classifier names).
    /// </summary>
    public static bool Accepts(HttpResponseMessage response) =>
        response.IsSuccessStatusCode || (int)response.StatusCode is 400 or 422 || (response.StatusCode == HttpStatusCode.NotFound && IsJson(response));

    public async Task<ZendeskReply> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var document = body.Length > 0 && IsJson(response) ? JsonDocument.Parse(body) : null;
        var text = response.IsSuccessStatusCode || body.Length == 0 || ZendeskErrorText.From(Encoding.UTF8.GetString(body)) is not { } found
            ? null
            : credentials.Scrub(found);
        return new ZendeskReply((int)response.StatusCode, document, text);
    }

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;
}
