namespace Zendesk.Singer.Http;

/// <summary>
/// Resolves what callers pass (a path and query, or a link Zendesk returned) against the account's base
/// address. Links are kept verbatim; a link to another host (Zendesk's own name behind a proxy) is
/// re-pointed at the base address so credentials only ever go where the config says, or to a host
/// the account itself named as one of its own (a brand's, <see cref="Admit"/>).
/// </summary>
internal sealed class ZendeskUrls
{
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private readonly Uri _base;
    private readonly string _baseText;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _admitted = new(StringComparer.OrdinalIgnoreCase);

    public ZendeskUrls(Uri baseUri)
    {
        if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The Zendesk address must be an absolute http(s) URL, not '{baseUri}'.", nameof(baseUri));
        }

        _base = baseUri;
        _baseText = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public string Host => _base.Authority;

    /// <summary>
    /// Adds a host of the account's own. Only with the base address's scheme, so that a brand's address
    /// never takes credentials over plain http to a client configured for https.
    /// </summary>
    public void Admit(Uri accountHost)
    {
        if (!accountHost.IsAbsoluteUri || !string.Equals(accountHost.Scheme, _base.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"An account host must be an absolute {_base.Scheme} URL, not '{accountHost}'.", nameof(accountHost));
        }

        _admitted[accountHost.Authority] = true;
    }

    public Uri Resolve(string pathAndQueryOrAbsoluteUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathAndQueryOrAbsoluteUrl);
        var text = pathAndQueryOrAbsoluteUrl.Trim();
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var link = new Uri(text, Verbatim);
            if (string.Equals(link.Scheme, _base.Scheme, StringComparison.OrdinalIgnoreCase)
                && (string.Equals(link.Authority, _base.Authority, StringComparison.OrdinalIgnoreCase) || _admitted.ContainsKey(link.Authority)))
            {
                return link;
            }

            var pathStart = text.IndexOf('/', text.IndexOf("://", StringComparison.Ordinal) + 3);
            text = pathStart < 0 ? "/" : text[pathStart..];
        }

        return new Uri(_baseText + (text.StartsWith('/') ? text : "/" + text), Verbatim);
    }

    /// <summary>The path of a request, for messages: query strings carry cursors and never belong in an error.</summary>
    /// <summary>An endpoint with its ids replaced by <c>{id}</c> (<c>/api/v2/tickets/{id}/audits</c>), so that metrics group by endpoint, not by record.</summary>
    public static string Template(string endpoint) =>
        string.Join('/', endpoint.Split('/').Select(part => part.Length > 0 && (part.All(char.IsAsciiDigit) || Guid.TryParse(part, out _)) ? "{id}" : part));

    public static string Endpoint(Uri target)
    {
        var text = target.OriginalString;
        var start = text.IndexOf("://", StringComparison.Ordinal);
        start = start < 0 ? 0 : text.IndexOf('/', start + 3);
        if (start < 0)
        {
            return "/";
        }

        var end = text.IndexOfAny(['?', '#'], start);
        return end < 0 ? text[start..] : text[start..end];
    }
}
