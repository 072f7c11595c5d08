namespace Zendesk.Singer.Http;

/// <summary>
/// Where a rotated token pair is kept for the next run. Zendesk deletes the old pair as it issues a new
/// one, so the new pair is kept before it is used: a run that dies right after a refresh still leaves a
/// pair that works.
/// </summary>
internal interface ITokenKeeper
{
    /// <summary>Where the pair goes, for the log line that says so.</summary>
    string Where { get; }

    Task KeepAsync(OAuthTokens tokens, CancellationToken cancellationToken);
}
