using System.Text.Json.Serialization;

namespace Zendesk.Simulator.Endpoints;

/// <summary>The client_credentials grant's answer: no refresh token, and expires_in only when the request asked for it.</summary>
internal sealed record ClientTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("expires_in"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? ExpiresIn);
