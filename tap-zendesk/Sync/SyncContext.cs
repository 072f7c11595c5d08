using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>What every stream of a run shares: the client and its budgets, the state, the outputs.</summary>
internal sealed class SyncContext(
    TapConfig config,
    ZendeskClient client,
    TapState state,
    ProgramLog log,
    TimeProvider clock,
    IReadOnlyDictionary<string, StreamOutput> outputs)
{
    private GroupState? _group;
    private HelpCenter.HelpCenterBrands _helpCenterBrands = new();

    /// <summary>Zendesk never returns the last minute of changes, and refuses a start time inside it.</summary>
    public static readonly TimeSpan FreshnessFloor = TimeSpan.FromSeconds(60);

    public TapConfig Config { get; } = config;

    public ZendeskClient Client { get; } = client;

    /// <summary>The run's state, as published so far.</summary>
    public TapState State { get; } = state;

    /// <summary>The state of the stream group being synced: where its bookmarks are read and set.</summary>
    public GroupState Group => _group ?? throw new InvalidOperationException("a stream is synced only as part of a stream group");

    public ProgramLog Log { get; } = log;

    public TimeProvider Clock { get; } = clock;

    public IReadOnlyDictionary<string, StreamOutput> Outputs { get; } = outputs;

    public StreamOutput? Output(string stream) => Outputs.GetValueOrDefault(stream);

    /// <summary>The brands whose help centers the run reads, read once for every Help Center stream.</summary>
    public HelpCenter.HelpCenterBrands HelpCenterBrands => _helpCenterBrands;

    /// <summary>The same context for one stream group, whose records and bookmarks are published together.</summary>
    public SyncContext ForGroup(GroupState group) => new(Config, Client, State, Log, Clock, Outputs) { _group = group, _helpCenterBrands = _helpCenterBrands };

    /// <summary>
    /// How many per-record requests run at once: one per 40 a minute of the core budget, so that at
    /// ordinary latencies the budget of a minute can be spent in a few seconds once it frees up, and
    /// never fewer than the configured number (which also holds with budgets off).
    /// </summary>
    public int ChildParallelism => Client.Budgets.Core.Limit is var limit && limit != Http.SlidingWindowLimiter.Unlimited
        ? Math.Clamp((limit + 39) / 40, Config.ParentChildParallelism, MaxChildParallelism)
        : Config.ParentChildParallelism;

    private const int MaxChildParallelism = 64;

    /// <summary>The latest start time an incremental export accepts now (Unix seconds).</summary>
    public long LatestStartTime => (Clock.GetUtcNow() - FreshnessFloor).ToUnixTimeSeconds();
}
