using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects;

namespace Zendesk.Singer.Target.Loading;

/// <summary>What every stream of one run shares.</summary>
internal sealed class LoadSession : IDisposable
{
    public LoadSession(TargetConfig config, IDialect dialect, Reporter reporter, TimeProvider time)
    {
        Config = config;
        Dialect = dialect;
        Reporter = reporter;
        Time = time;
        Committer = new Committer(dialect.QueuedBatches);
        StartedAt = time.GetUtcNow().UtcDateTime;

        // _sdc_sequence is the run's start in Unix milliseconds times a million plus the input line:
        // it grows along the input and from one run to the next.
        SequenceBase = checked(time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000);
    }

    public TargetConfig Config { get; }

    public IDialect Dialect { get; }

    public Reporter Reporter { get; }

    public TimeProvider Time { get; }

    public DateTime StartedAt { get; }

    public long SequenceBase { get; }

    public Committer Committer { get; }

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    public string Describe(string table) => $"\"{Config.Schema}\".\"{table}\"";

    public void Dispose() => Committer.Dispose();
}
