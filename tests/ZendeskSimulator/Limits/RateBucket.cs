namespace Zendesk.Simulator.Limits;

/// <summary>The rate-limit buckets of zendesk-api.md §4: every request is in the account bucket, exports also in their own.</summary>
internal static class RateBucket
{
    public const string Account = "account";
    public const string IncrementalExports = "incremental-exports";
    public const string IncrementalExportsCursor = "incremental-exports-cursor";
}
