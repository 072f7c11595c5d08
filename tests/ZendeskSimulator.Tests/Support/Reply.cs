using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>A response as the tests read it: status, body text, parsed JSON (when it is JSON) and headers.</summary>
internal sealed record Reply(HttpStatusCode Status, string Body, JsonElement Json, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? values.First() : ContentHeaders.TryGetValues(name, out var content) ? content.First() : null;

    public JsonElement this[string property] => Json.GetProperty(property);

    public IReadOnlyList<JsonElement> Items(string key) => [.. Json.GetProperty(key).EnumerateArray()];
}
