namespace Zendesk.Simulator.Limits;

/// <summary>
/// Zendesk's rate-limit buckets: every Support request is in the account bucket, exports also
/// in their own; Help Center requests are in theirs alone. Zendesk documents no header name for the sample export's bucket; it is named like the others.
/// </summary>
internal static class RateBucket
{
    public const string Account = "account";
    public const string IncrementalExports = "incremental-exports";
    public const string IncrementalExportsCursor = "incremental-exports-cursor";
    public const string IncrementalSample = "incremental-exports-sample";

    /// <summary>Help Center requests: counted apart from the account bucket, with the same limit (Support requests do not count here, nor these there).</summary>
    public const string HelpCenter = "help-center";
}
