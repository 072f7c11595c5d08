namespace Zendesk.Simulator.Limits;

/// <summary>The limiter's answer for one request and the header values that go with it.</summary>
internal sealed record LimitDecision(
    bool Allowed,
    string RejectedBy,
    int RetryAfterSeconds,
    int AccountLimit,
    int AccountRemaining,
    int AccountResetSeconds,
    string? Bucket,
    int BucketLimit,
    int BucketRemaining,
    int BucketResetSeconds);
