using System.Globalization;
using DuckDB.NET.Data;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>How the target runs its embedded DuckDB.</summary>
internal static class DuckDbSettings
{
    /// <summary>
    /// What DuckDB may hold in memory. Without a limit it keeps every block it has read or written
    /// cached (up to 80% of the machine's memory), so a long load grew with the database file. Past
    /// the limit it evicts cached blocks and writes rows not yet checkpointed to a temporary file
    /// beside the database, which the checkpoint reads back. A batch whose text needs more raises
    /// it (see <see cref="DuckDbMemoryPolicy"/>). At 128 MB a load of thirty streams held 50 to 80 MB
    /// more at its peak and ran no faster.
    /// </summary>
    public const long MemoryLimitBytes = 64L << 20;

    /// <summary>
    /// Memory held for in-place updates past which the database is closed and opened again between
    /// batches (see <see cref="DuckDbMemoryPolicy"/>).
    /// </summary>
    public const long ReleaseThresholdBytes = 32L << 20;

    /// <summary>
    /// The memory limit while a BATCH's files load (see <see cref="DuckDbMemoryPolicy.BeforeFilesAsync"/>):
    /// read_json's buffers, the stage and the primary key of the rows of a whole BATCH.
    /// </summary>
    public const long FileLoadMemoryBytes = 1L << 30;

    /// <summary>What a batch's load needs beside its own text and the update memory: appender buffers, joins, cached blocks.</summary>
    public const long WorkingBytes = 32L << 20;

    /// <summary>
    /// Tables up to this many rows have their deleted rows cleaned out at checkpoints, their
    /// primary-key index rebuilt after. Without it DuckDB (1.5) never reclaims a deleted row of a
    /// table with an index, and replacing updated rows would grow the file by every update.
    /// Rebuilding costs about a second per million keys, so larger tables keep their deleted rows.
    /// </summary>
    public const long VacuumRebuildRows = 2_000_000;

    /// <summary>
    /// The row-group size a table's new rows are written in, for batches of <paramref name="batchSizeRows"/>;
    /// null leaves DuckDB's own (122,880). A transaction that appends at least a row group's worth of
    /// rows to a table writes them straight to the file, compressed, and commits only their place in it,
    /// where smaller ones go through the write-ahead log, wait in memory (or the temporary file) for
    /// the next checkpoint and are compressed then. Row groups of one batch spare a full batch all of
    /// that; the file grows larger, as each row group is compressed on its own. DuckDB takes multiples
    /// of its vector size (2,048); smaller row groups would compress too poorly to be worth it.
    /// </summary>
    public static int? RowGroupRows(int batchSizeRows) =>
        batchSizeRows % VectorRows == 0 && batchSizeRows >= 8 * VectorRows && batchSizeRows <= 60 * VectorRows ? batchSizeRows : null;

    /// <summary>The rows of one DuckDB vector (2,048), the unit its appender and row groups count in.</summary>
    public static readonly int VectorRows = (int)DuckDB.NET.Native.NativeMethods.Helpers.DuckDBVectorSize();

    /// <summary>The connection string of the in-memory DuckDB a file is attached to (see <see cref="DuckDbFiles"/>); DuckDB takes the vacuum setting only as it opens.</summary>
    /// <param name="memoryLimitBytes">A memory limit from the moment the database opens, for what opening itself does (replaying the write-ahead log).</param>
    public static string ConnectionString(long? memoryLimitBytes)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = DuckDBConnectionStringBuilder.InMemoryDataSource, ["vacuum_rebuild_indexes"] = VacuumRebuildRows.ToString(CultureInfo.InvariantCulture) };
        if (memoryLimitBytes is { } bytes)
        {
            builder["memory_limit"] = MiB(bytes);
        }

        return builder.ConnectionString;
    }

    /// <summary>The statements run once the connection is open.</summary>
    /// <param name="cores">The processors available to the process.</param>
    public static IReadOnlyList<string> Session(int cores, long memoryLimitBytes) =>
    [
        // Timestamps are bound as UTC instants; a UTC session keeps every TIMESTAMP ↔ TIMESTAMPTZ cast exact.
        "SET TimeZone = 'UTC'",

        // A checkpoint compresses the rows committed since the last one, and compresses again the
        // row group it left half full in every table it touches (a table with a primary key keeps
        // appending to it): the fewer the checkpoints, the less is compressed twice, and a load of
        // many streams spent most of its commit time in them. What waits for a checkpoint spills
        // to the temporary file under the memory limit, so a larger threshold costs disk rather
        // than memory, up to the point where DuckDB's own bookkeeping of the pending rows grows.
        // Fewer checkpoints also leave fewer superseded blocks behind, so the file is smaller. The
        // cost is the longer log a stopped run leaves, which the next one replays under a memory
        // limit (see DuckDbEngine).
        "SET checkpoint_threshold = '512MB'",
        MemoryLimit(memoryLimitBytes),

        // One core stays with the reader, which converts the next batch while this one commits;
        // DuckDB's own worker threads would only take turns with it.
        Threads(cores, everyCore: false),

        // Memory DuckDB frees goes back to the system soon, rather than staying with its allocator
        // until a large threshold.
        "SET allocator_background_threads = true",
        "SET allocator_flush_threshold = '16MB'",
    ];

    /// <summary>
    /// The worker threads: one fewer than the cores for record batches (see <see cref="Session"/>);
    /// every core while DuckDB reads a BATCH's files itself, and while it checkpoints after them or
    /// as the database closes, since then the reader has little to do.
    /// </summary>
    public static string Threads(int cores, bool everyCore) =>
        string.Create(CultureInfo.InvariantCulture, $"SET threads = {(everyCore ? Math.Max(1, cores) : Math.Max(1, cores - 1))}");

    /// <summary>The cap in MiB: DuckDB reads "MB" as millions of bytes, 5% less than the bytes meant.</summary>
    public static string MemoryLimit(long bytes) => $"SET memory_limit = '{MiB(bytes)}'";

    private static string MiB(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20}MiB");
}
