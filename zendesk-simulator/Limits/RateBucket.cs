namespace Zendesk.Simulator.Limits;

/// <summary>
/// Zendesk's rate-limit buckets: every request is in the account bucket, exports also
/// in their own. Zendesk documents no header name for the sample export's bucket; it is named like the others.
/// </summary>
internal static class RateBucket
{
    public const string Account = "account";
    public const string IncrementalExports = "incremental-exports";
    public const string IncrementalExportsCursor = "incremental-exports-cursor";
    public const string IncrementalSample = "incremental-exports-sample";
}
