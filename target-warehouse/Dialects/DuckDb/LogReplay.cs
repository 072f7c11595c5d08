namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>How the write-ahead log a stopped run left behind was replayed when the database opened.</summary>
internal enum LogReplay
{
    /// <summary>There was no log to replay.</summary>
    None,

    /// <summary>Replayed under a memory limit, spilling what did not fit (see <see cref="DuckDbEngine"/>).</summary>
    UnderLimit,

    /// <summary>The limit could not hold what the replay must keep in memory: replayed without one.</summary>
    WithoutLimit,
}
