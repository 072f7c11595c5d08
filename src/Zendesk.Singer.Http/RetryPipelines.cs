using Polly;
using Polly.Retry;

namespace Zendesk.Singer.Http;

/// <summary>
/// One Polly pipeline per budget, outermost first: 429s (pause the budget, then try again; these do not
/// use up the tries), transient failures (exponential backoff with jitter, Retry-After honoured, bounded
/// tries), then the budget permits, taken for each attempt and held until its body is read.
/// </summary>
internal sealed class RetryPipelines
{
    /// <summary>429s in a row for one request before giving up: only an account starved for good gets there.</summary>
    public const int MaxRateLimitedTries = 50;

    public static readonly ResiliencePropertyKey<string> EndpointKey = new("zendesk.endpoint");

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);

    private readonly ResiliencePipeline _core;
    private readonly ResiliencePipeline _incremental;
    private readonly ResiliencePipeline _helpCenter;
    private readonly RequestBudgets _budgets;
    private readonly IClientLog _log;
    private readonly TimeProvider _time;
    private readonly int _maxTries;
    private long _retries;
    private long _rateLimited;

    public RetryPipelines(ZendeskClientOptions options, RequestBudgets budgets, IClientLog log, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTries, 1);
        _budgets = budgets;
        _log = log;
        _time = time;
        _maxTries = options.MaxTries;
        _core = Build(RequestBudget.Core);
        _incremental = Build(RequestBudget.Incremental);
        _helpCenter = Build(RequestBudget.HelpCenter);
    }

    public long Retries => Interlocked.Read(ref _retries);

    public long RateLimited => Interlocked.Read(ref _rateLimited);

    public ResiliencePipeline For(RequestBudget budget) => budget switch
    {
        RequestBudget.Incremental => _incremental,
        RequestBudget.HelpCenter => _helpCenter,
        _ => _core,
    };

    /// <summary>The wait a 429 asks for: Retry-After exactly, at least a second so a zero never spins.</summary>
    public static TimeSpan RateLimitWait(TimeSpan? retryAfter) => retryAfter is { } wait ? (wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait) : DefaultRetryAfter;

    private ResiliencePipeline Build(RequestBudget budget)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = _time };
        builder.AddRetry(new RetryStrategyOptions
        {
            Name = "zendesk-rate-limit",
            ShouldHandle = new PredicateBuilder().Handle<RateLimitedException>(),
            MaxRetryAttempts = MaxRateLimitedTries - 1,
            BackoffType = DelayBackoffType.Constant,

            // The wait happens in the budget, which every request of the budget passes through.
            Delay = TimeSpan.Zero,
            OnRetry = args => OnRateLimited(budget, args),
        });
        builder.AddRetry(new RetryStrategyOptions
        {
            Name = "zendesk-transient",
            ShouldHandle = new PredicateBuilder().Handle<TransientFailureException>(),
            MaxRetryAttempts = _maxTries - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(2),
            MaxDelay = TimeSpan.FromSeconds(60),
            DelayGenerator = static args => ValueTask.FromResult(args.Outcome.Exception is TransientFailureException { RetryAfter: { } after } ? after : (TimeSpan?)null),
            OnRetry = OnTransient,
        });
        if (budget == RequestBudget.HelpCenter)
        {
            builder.AddRateLimiter(_budgets.HelpCenter);
            return builder.Build();
        }

        if (budget == RequestBudget.Incremental)
        {
            builder.AddRateLimiter(_budgets.Incremental);
        }

        builder.AddRateLimiter(_budgets.Core);
        return builder.Build();
    }

    private ValueTask OnRateLimited(RequestBudget budget, OnRetryArguments<object> args)
    {
        // The attempt paused the budget already, before its permit went back to the queue.
        var wait = ((RateLimitedException)args.Outcome.Exception!).RetryAfter;
        Interlocked.Increment(ref _rateLimited);
        _log.Warn(
            "Zendesk rate limit reached (HTTP 429); pausing the budget for the time Zendesk asked",
            ("budget", budget.ToString().ToLowerInvariant()),
            ("endpoint", Endpoint(args.Context)),
            ("wait", wait));
        return default;
    }

    private ValueTask OnTransient(OnRetryArguments<object> args)
    {
        Interlocked.Increment(ref _retries);
        var failure = (TransientFailureException)args.Outcome.Exception!;
        _log.Warn(
            "retrying a Zendesk request",
            ("endpoint", Endpoint(args.Context)),
            ("reason", failure.Reason),
            ("try", $"{args.AttemptNumber + 2}/{_maxTries}"),
            ("wait", args.RetryDelay));
        return default;
    }

    private static string Endpoint(ResilienceContext context) => context.Properties.GetValue(EndpointKey, "?");
}
