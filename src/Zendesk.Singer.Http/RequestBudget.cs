namespace Zendesk.Singer.Http;

/// <summary>The rate budget a request counts against.</summary>
internal enum RequestBudget
{
    /// <summary>The account's requests per minute (every Support API request).</summary>
    Core,

    /// <summary>The incremental exports (<c>/api/v2/incremental/...</c>); these count against <see cref="Core"/> too.</summary>
    Incremental,

    /// <summary>Help Center requests (articles, community, brand hosts): Zendesk counts them apart from the Support API, and they never use a core permit.</summary>
    HelpCenter,
}
