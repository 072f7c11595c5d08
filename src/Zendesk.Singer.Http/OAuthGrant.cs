namespace Zendesk.Singer.Http;

/// <summary>How a run obtains new OAuth access tokens.</summary>
internal enum OAuthGrant
{
    /// <summary>It does not: an API token, or an access token used as given.</summary>
    None,

    /// <summary>The refresh token is traded for a new pair; Zendesk deletes the old one.</summary>
    RefreshToken,

    /// <summary>The OAuth client's id and secret buy a new access token; there is no refresh token.</summary>
    ClientCredentials,
}
