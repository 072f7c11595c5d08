using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Estimates of what a load holds in DuckDB memory that cannot be spilled, measured with DuckDB 1.5's
/// duckdb_memory(): the figures are generous, as they only set a cap that DuckDB fills no further
/// than it needs.
/// </summary>
internal static class DuckDbMemory
{
    /// <summary>DuckDB's storage blocks: a column segment past the first vector takes whole blocks.</summary>
    private const long BlockBytes = 256L << 10;

    /// <summary>
    /// Per column of an append: the appender's vector (2,048 values of 16 bytes) and the first
    /// segments, about 34 KB for a text column.
    /// </summary>
    private const long ColumnBytes = 96L << 10;

    /// <summary>What a value takes in a segment beside its text: an offset or the value itself.</summary>
    private const long ValueBytes = 8;

    /// <summary>
    /// A primary-key index takes blocks of several node sizes: from 10 to 2,000 keys, three to five
    /// blocks.
    /// </summary>
    private const long IndexBytes = 4 * BlockBytes;

    /// <summary>
    /// Per column, the part of a freshly loaded table that stays in memory until a checkpoint: 33
    /// to 35 KB for a text column of up to 500 short values, a whole block once its values need more.
    /// </summary>
    private const long SettlingColumnBytes = 36L << 10;

    /// <summary>
    /// What a table written through a connection keeps pinned until the database closes: the
    /// blocks of its index and last row group. A second run upserting a few rows into each of 85
    /// tables filled 64 MB with them.
    /// </summary>
    public const long OpenTableBytes = BlockBytes * 2;

    /// <summary>What appending <paramref name="load"/>'s batch holds in memory until it commits.</summary>
    public static long AppendBytes(BatchLoad load)
    {
        var rows = (long)load.Rows.Count;
        var bytes = (long)load.Current.Columns.Count * ColumnBytes;
        foreach (var column in load.Rows.Columns)
        {
            var values = ValueBytesOf(column, rows);
            if (rows > DuckDbSettings.VectorRows || values > ColumnBytes)
            {
                bytes += WholeBlocks(values);
            }
        }

        return bytes;
    }

    /// <summary>
    /// What a table loaded by <paramref name="load"/> keeps in memory until the next checkpoint. The
    /// segments of a batch within one vector stayed in memory, whole blocks once their values filled
    /// one; those of larger batches went to the temporary file when the cap needed room, so only
    /// the index and the per-column part count for them.
    /// </summary>
    public static long UnsettledBytes(BatchLoad load)
    {
        var rows = (long)load.Rows.Count;
        var bytes = (load.Table.PrimaryKey.Count > 0 ? IndexBytes : 0) + (load.Current.Columns.Count * SettlingColumnBytes);
        if (rows > DuckDbSettings.VectorRows)
        {
            return bytes;
        }

        foreach (var column in load.Rows.Columns)
        {
            var values = ValueBytesOf(column, rows);
            if (values > SettlingColumnBytes)
            {
                bytes += WholeBlocks(values) - SettlingColumnBytes;
            }
        }

        return bytes;
    }

    /// <summary>What a batch column's values take in segments: their text and an offset or value each.</summary>
    private static long ValueBytesOf(ColumnBuffer column, long rows) => (rows * ValueBytes) + (column is TextBuffer buffer ? buffer.StoredBytes : 0);

    private static long WholeBlocks(long bytes) => (bytes + BlockBytes - 1) / BlockBytes * BlockBytes;
}
