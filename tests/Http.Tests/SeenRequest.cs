namespace Zendesk.Singer.Http.Tests;

/// <summary>A request as the scripted server received it, with the fake time of its arrival.</summary>
public sealed record SeenRequest(
    string Method,
    string Target,
    string? Authorization,
    string? UserAgent,
    string? Accept,
    string? AcceptEncoding,
    string Body,
    DateTimeOffset ArrivedAt);
