namespace Zendesk.Simulator.Http;

/// <summary>Zendesk's error bodies, verbatim where the text Zendesk sends is known.</summary>
internal static class ErrorBodies
{
    public const string Unauthorized = """{"error":"Couldn't authenticate you"}""";

    public const string InvalidTokenDescription = "The access token provided is expired, revoked, malformed or invalid for other reasons.";

    public const string InvalidToken = "{\"error\":\"invalid_token\",\"error_description\":\"" + InvalidTokenDescription + "\"}";

    /// <summary>The WWW-Authenticate challenge that goes with <see cref="InvalidToken"/>, naming the same error.</summary>
    public const string InvalidTokenChallenge = "Bearer realm=\"Zendesk\", error=\"invalid_token\", error_description=\"" + InvalidTokenDescription + "\"";

    public const string PlanForbidden = """{"error":{"title":"Forbidden","message":"Access to this resource is restricted. Please contact the account administrator for assistance."}}""";

    public const string MissingReadScope = """{"error":"Forbidden","description":"Missing the following required scopes: read"}""";

    public const string MissingWriteScope = """{"error":"Forbidden","description":"Missing the following required scopes: write"}""";

    // Zendesk documents the 403 of create_or_update_many without its body; this is the general envelope.
    public const string BulkImportsDisabled = """{"error":"Forbidden","description":"Bulk user imports are not enabled for this account. Contact Zendesk Customer Support to enable them."}""";

    public const string RecordNotFound = """{"error":"RecordNotFound","description":"Not found"}""";

    public const string InvalidEndpoint = """{"error":"InvalidEndpoint","description":"Not found"}""";

    public const string TooRecent = """{"error":"InvalidValue","description":"Too recent start_time. Use a start_time older than 5 minutes"}""";

    /// <summary>The search's answer to a page past its 1,000 results (422).</summary>
    public const string SearchLimit = """{"error":"invalid","description":"Invalid search: Requested response size was greater than Search Response Limits"}""";

    public const string PaginationDepth = """{"errors":[{"code":"InvalidPaginationDepth","title":"Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)","detail":"Offset pagination is limited to the first 100 pages or 10000 records. Use cursor based pagination instead."}]}""";

    public const string RateLimited = """{"error":"APIRateLimitExceeded","description":"Number of allowed API requests per minute exceeded"}""";

    // Zendesk answers this 429 in plain text; only its first sentence is known (observed).
    public const string UserUpdateRateLimited = "You have exceeded the rate limit for updating a single unique user. Please wait and try again.";

    // The job limit (from the "Job limit" section of Zendesk's rate-limits page: at
    // most 30 queued or running jobs per account) is a rate limit, and that page answers every limit with
    // 429 and Retry-After. Neither the digest, the OAS nor the page records the body, so it is the short
    // JSON error of §3 with a code that names the limit.
    public const string TooManyJobs = """{"error":"TooManyJobs","description":"Number of allowed background jobs exceeded. Wait for queued or running jobs to complete."}""";

    public const string Conflict = """{"error":"Conflict","description":"The record was modified by another request. Please retry."}""";

    // The token endpoint's refusals are OAuth 2.0 errors (error and error_description), as its
    // invalid_grant and the API's invalid_token are; a client that cannot authenticate gets 401.
    public const string InvalidClient = """{"error":"invalid_client","error_description":"Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."}""";

    public const string InvalidScope = """{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, or malformed."}""";

    public const string InvalidExpiresIn = """{"error":"invalid_request","error_description":"expires_in must be a whole number of seconds from 300 to 172800."}""";

    public const string UnsupportedGrantType = """{"error":"unsupported_grant_type","error_description":"The authorization grant type is not supported by the authorization server."}""";

    public const string InvalidGrant = """{"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, or revoked."}""";

    public static string NoHelpDesk(string subdomain) =>
        "{\"error\":{\"title\":\"No help desk at " + Escape(subdomain) + ".zendesk.com\",\"message\":\"There is no help desk configured at this address. This means that the address is available and that you can claim it at http://www.zendesk.com/signup\"}}";

    public static string ExportRateLimited(int limit, string period = "minute") =>
        "{\"errors\":[{\"code\":\"RateLimitExceeded\",\"status\":\"429\",\"title\":\"Rate limit exceeded. Maximum " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture) + " requests per " + period + ".\"}]}";

    /// <summary>Zendesk's validation error: one attribute, Zendesk's description and error code.</summary>
    public static string RecordInvalid(string field, string description, string code) =>
        "{\"error\":\"RecordInvalid\",\"description\":\"Record validation errors\",\"details\":{\"" + Escape(field) + "\":[{\"description\":\"" + Escape(description) + "\",\"error\":\"" + Escape(code) + "\"}]}}";

    /// <summary>Sunshine endpoints answer errors in the JSON:API style (an errors array of code, title and detail).</summary>
    public static string SunshineInvalid(string detail) =>
        "{\"errors\":[{\"code\":\"InvalidParameter\",\"title\":\"Invalid parameter\",\"detail\":\"" + Escape(detail) + "\"}]}";

    /// <summary>Sunshine's not-found answer, in the same JSON:API style.</summary>
    public static string SunshineNotFound(string title) =>
        "{\"errors\":[{\"code\":\"NotFound\",\"title\":\"" + Escape(title) + "\"}]}";

    /// <summary>Sunshine's answer to a filter time it cannot read (code StartTimestampNotValid or EndTimestampNotValid).</summary>
    public static string SunshineTimestamp(string code, string title) =>
        "{\"errors\":[{\"code\":\"" + Escape(code) + "\",\"title\":\"" + Escape(title) + "\"}]}";

    public static string ServerError(int status) => status switch
    {
        502 => """{"error":"BadGateway","description":"The server received an invalid response from an upstream server."}""",
        503 => """{"error":"ServiceUnavailable","description":"Sorry, we are temporarily unable to handle your request. Please try again in a moment."}""",
        504 => """{"error":"GatewayTimeout","description":"The upstream server did not answer in time."}""",
        _ => """{"error":"InternalServerError","description":"Something went wrong on our side. Please retry."}""",
    };

    public static string InvalidParameter(string parameter, string problem) =>
        "{\"error\":\"InvalidPaginationParameter\",\"description\":\"" + Escape(parameter) + ": " + Escape(problem) + "\"}";

    public static string InvalidValue(string description) =>
        "{\"error\":\"InvalidValue\",\"description\":\"" + Escape(description) + "\"}";

    private static string Escape(string text) => System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(text);
}
