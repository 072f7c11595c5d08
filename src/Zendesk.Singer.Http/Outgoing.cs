namespace Zendesk.Singer.Http;

/// <summary>One request as every attempt sends it: what it is, which answers it takes, and how it reads them.</summary>
internal sealed record Outgoing<T>(
    HttpMethod Method,
    ReadOnlyMemory<byte> Body,
    WriteSafety Safety,
    Func<HttpResponseMessage, bool> Accepts,
    Func<HttpResponseMessage, CancellationToken, Task<T>> Read);
