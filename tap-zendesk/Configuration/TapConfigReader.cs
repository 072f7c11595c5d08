using System.Text.Json;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Tap.Logging;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>
/// Turns a config file into a <see cref="TapConfig"/>: defaults filled in, values checked, and every
/// problem reported once with the file and the key, never with the value.
/// </summary>
internal static class TapConfigReader
{
    private const string ZendeskHostSuffix = ".zendesk.com";

    public static TapConfig Read(string path, TapLog log, TimeProvider time) => Read(ConfigFile.Load(path), log, time);

    public static TapConfig Read(ConfigFile file, TapLog log, TimeProvider time)
    {
        // Secrets are registered before anything can fail, so no later message can carry them.
        foreach (var key in new[] { TapSettings.AccessToken, TapSettings.ApiToken, TapSettings.RefreshToken, TapSettings.ClientSecret })
        {
            if (file.Element(key) is { ValueKind: JsonValueKind.String } secret)
            {
                log.AddSecret(secret.GetString());
            }
        }

        var unknown = file.Keys.Where(k => !TapSettings.IsKnown(k)).ToList();
        if (unknown.Count > 0)
        {
            log.Warn($"config file '{file.Path}' has keys the tap does not know; they are ignored", ("keys", string.Join(",", unknown)));
        }

        var subdomain = ReadSubdomain(file, log);
        var baseUri = ReadBaseUri(file, subdomain);
        var pageSize = (int?)file.Integer(TapSettings.PageSize, 1, TapSettings.DefaultExportPageSize);
        var config = new TapConfig
        {
            Subdomain = subdomain,
            BaseUri = baseUri,
            StartDate = file.DateTime(TapSettings.StartDate) ?? time.GetUtcNow().AddYears(-1),
            RequestTimeout = TimeSpan.FromSeconds(file.Integer(TapSettings.RequestTimeout, 1, 3600) ?? TapSettings.DefaultRequestTimeoutSeconds),
            ListPageSize = Math.Min(pageSize ?? TapSettings.DefaultListPageSize, TapSettings.DefaultListPageSize),
            ExportPageSize = pageSize ?? TapSettings.DefaultExportPageSize,
            MaxRequestsPerMinute = ReadCoreBudget(file),
            IncrementalRequestsPerMinute = (int)(file.Integer(TapSettings.IncrementalRequestsPerMinute, 1, 1000) ?? TapSettings.DefaultIncrementalRequestsPerMinute),
            CommentsSource = file.OneOf(TapSettings.TicketCommentsSource, TapSettings.CommentsSources) == "per_ticket"
                ? CommentsSource.PerTicket
                : CommentsSource.TicketEvents,
            SupportTypeScope = file.OneOf(TapSettings.SupportTypeScope, TapSettings.SupportTypeScopes) ?? TapSettings.SupportTypeScopes[0],
            UserAgent = file.String(TapSettings.UserAgent),
            BudgetsDisabled = file.Boolean(TapSettings.RequestBudgets) == false,
        };
        return SignInReader.Read(file, config, log);
    }

    private static string? ReadSubdomain(ConfigFile file, TapLog log)
    {
        var given = file.String(TapSettings.Subdomain)?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            return null;
        }

        var subdomain = given;
        if (subdomain.Contains("://", StringComparison.Ordinal))
        {
            subdomain = subdomain[(subdomain.IndexOf("://", StringComparison.Ordinal) + 3)..];
        }

        subdomain = subdomain.TrimEnd('/');
        if (subdomain.EndsWith(ZendeskHostSuffix, StringComparison.OrdinalIgnoreCase))
        {
            subdomain = subdomain[..^ZendeskHostSuffix.Length];
        }

        subdomain = subdomain.ToLowerInvariant();
        if (subdomain.Length == 0 || !subdomain.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ConfigurationException(
                $"config file '{file.Path}': \"{TapSettings.Subdomain}\" must be the account's prefix, such as \"acme\" for acme.zendesk.com");
        }

        if (!string.Equals(subdomain, given, StringComparison.Ordinal))
        {
            log.Warn($"config file '{file.Path}': \"{TapSettings.Subdomain}\" should be only the prefix; using \"{subdomain}\"");
        }

        return subdomain;
    }

    private static Uri ReadBaseUri(ConfigFile file, string? subdomain)
    {
        var text = file.String(TapSettings.BaseUrl);
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (!Uri.TryCreate(text.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ConfigurationException($"config file '{file.Path}': \"{TapSettings.BaseUrl}\" must be an absolute http or https URL");
            }

            return uri;
        }

        if (subdomain is null)
        {
            throw file.Missing(TapSettings.Subdomain);
        }

        return new Uri($"https://{subdomain}{ZendeskHostSuffix}");
    }

    private static int? ReadCoreBudget(ConfigFile file)
    {
        if (file.Element(TapSettings.MaxRequestsPerMinute) is { ValueKind: JsonValueKind.String } text
            && string.Equals(text.GetString(), "auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return (int)(file.Integer(TapSettings.MaxRequestsPerMinute, 1, 100_000) ?? TapSettings.DefaultMaxRequestsPerMinute);
        }
        catch (ConfigurationException)
        {
            throw new ConfigurationException(
                $"config file '{file.Path}': \"{TapSettings.MaxRequestsPerMinute}\" must be an integer between 1 and 100000, or \"auto\"");
        }
    }
}
