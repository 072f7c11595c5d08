namespace Zendesk.Singer.Http;

/// <summary>An OAuth access token, the refresh token issued with it (if any), and when the access token expires (if known).</summary>
internal sealed record OAuthTokens(string AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt);
