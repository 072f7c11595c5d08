namespace Zendesk.Singer.Target.Batches;

/// <summary>
/// The rows of one stream waiting to be committed, column by column. A record is converted into the
/// slot after the last row and only becomes a row when <see cref="CommitRow"/> accepts it, so a record
/// that fails half-way leaves nothing behind. With keys, a record whose key is already in the batch
/// replaces that row (the last record wins), so a batch never holds one key twice. Each row keeps the
/// sequence number of the first record it took in and the input line of the last, which a refused
/// row is reported by and a partial commit is cut at.
/// </summary>
internal sealed class RowBatch
{
    private const int InitialCapacity = 256;

    private readonly Dictionary<int, int>? _rowsByKey;
    private readonly int _rowLimit;
    private int _capacity;
    private long[] _sequences = [];
    private long[] _lines = [];

    /// <param name="rowLimit">The rows the batch holds before it is committed: its columns grow no further than that.</param>
    public RowBatch(IReadOnlyList<ColumnType> types, int[] keyColumns, int rowLimit = int.MaxValue)
    {
        _rowLimit = rowLimit;
        Columns = [.. types.Select(ColumnBuffer.For)];
        KeyColumns = keyColumns;
        if (keyColumns.Length > 0)
        {
            _rowsByKey = new Dictionary<int, int>(new KeyComparer(this));
        }

        Grow(InitialCapacity);
    }

    public ColumnBuffer[] Columns { get; }

    public int[] KeyColumns { get; }

    public int Count { get; private set; }

    /// <summary>Records replaced by a later record with the same key since the last clear.</summary>
    public int Replaced { get; private set; }

    /// <summary>The UTF-8 bytes held by the batch's text columns.</summary>
    public long TextBytes => Columns.OfType<TextBuffer>().Sum(c => c.StoredBytes);

    /// <summary>Clears the next slot and returns its index: every column starts out null.</summary>
    public int BeginRow()
    {
        if (Count == _capacity)
        {
            // Growth stops at the row limit: a batch is committed once it holds that many rows.
            Grow(_capacity < _rowLimit ? (int)Math.Min((long)_capacity * 2, _rowLimit) : _capacity * 2);
        }

        foreach (var column in Columns)
        {
            column.SetNull(Count);
        }

        return Count;
    }

    /// <param name="sequence">The record's sequence number in the input.</param>
    /// <param name="line">The record's input line.</param>
    public void CommitRow(long sequence = 0, long line = 0)
    {
        var slot = Count;
        if (_rowsByKey is not null && _rowsByKey.TryGetValue(slot, out var existing))
        {
            foreach (var column in Columns)
            {
                column.CopyRow(slot, existing);
            }

            _lines[existing] = line;
            Replaced++;
            return;
        }

        _rowsByKey?.Add(slot, slot);
        _sequences[slot] = sequence;
        _lines[slot] = line;
        Count++;
    }

    /// <summary>The sequence number of the first record that went into the row.</summary>
    public long SequenceOf(int row) => _sequences[row];

    /// <summary>The input line of the record the row holds.</summary>
    public long LineOf(int row) => _lines[row];

    /// <summary>Keeps only the rows that came before the record numbered <paramref name="sequence"/>, in their order.</summary>
    /// <returns>How many rows were dropped.</returns>
    public int KeepBefore(long sequence)
    {
        var kept = 0;
        for (var row = 0; row < Count; row++)
        {
            if (_sequences[row] >= sequence)
            {
                continue;
            }

            if (kept != row)
            {
                foreach (var column in Columns)
                {
                    column.CopyRow(row, kept);
                }

                _sequences[kept] = _sequences[row];
                _lines[kept] = _lines[row];
            }

            kept++;
        }

        var dropped = Count - kept;
        Count = kept;
        return dropped;
    }

    /// <summary>A new batch (without a key index) holding a copy of <paramref name="count"/> rows from <paramref name="first"/> on.</summary>
    public RowBatch Copy(int first, int count)
    {
        var copy = new RowBatch([.. Columns.Select(c => c.Type)], [], count);
        for (var row = first; row < first + count; row++)
        {
            copy.Append(this, row);
        }

        return copy;
    }

    /// <summary>
    /// Moves the rows from <paramref name="first"/> on to the end of <paramref name="target"/> (a batch of
    /// the same columns) and leaves this batch with the rows before them.
    /// </summary>
    public void MoveRowsFrom(int first, RowBatch target)
    {
        if (_rowsByKey is not null || target._rowsByKey is not null)
        {
            throw new InvalidOperationException("rows move only between batches without keys");
        }

        for (var row = first; row < Count; row++)
        {
            target.Append(this, row);
        }

        Count = first;
    }

    public void Clear()
    {
        foreach (var column in Columns)
        {
            column.Release(Count + 1);
        }

        _rowsByKey?.Clear();
        Count = 0;
        Replaced = 0;
    }

    private void Append(RowBatch source, int row)
    {
        var slot = BeginRow();
        for (var c = 0; c < Columns.Length; c++)
        {
            source.Columns[c].CopyRowTo(Columns[c], row, slot);
        }

        CommitRow(source._sequences[row], source._lines[row]);
    }

    private void Grow(int capacity)
    {
        Array.Resize(ref _sequences, capacity);
        Array.Resize(ref _lines, capacity);
        foreach (var column in Columns)
        {
            column.Resize(capacity);
        }

        _capacity = capacity;
    }

    private sealed class KeyComparer(RowBatch batch) : IEqualityComparer<int>
    {
        public bool Equals(int a, int b)
        {
            foreach (var k in batch.KeyColumns)
            {
                if (!batch.Columns[k].RowEquals(a, b))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(int row)
        {
            var hash = new HashCode();
            foreach (var k in batch.KeyColumns)
            {
                hash.Add(batch.Columns[k].HashRow(row));
            }

            return hash.ToHashCode();
        }
    }
}
