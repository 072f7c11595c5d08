namespace Zendesk.Singer.Target.Batches;

/// <summary>One column of a batch: typed values and a null flag per row, reused from batch to batch.</summary>
internal abstract class ColumnBuffer(ColumnType type)
{
    private bool[] _nulls = [];

    public ColumnType Type { get; } = type;

    public bool IsNull(int row) => _nulls[row];

    public void SetNull(int row) => _nulls[row] = true;

    public void Resize(int capacity)
    {
        Array.Resize(ref _nulls, capacity);
        ResizeValues(capacity);
    }

    public void CopyRow(int from, int to)
    {
        _nulls[to] = _nulls[from];
        CopyValue(from, to);
    }

    /// <summary>Copies row <paramref name="from"/> into row <paramref name="to"/> of <paramref name="target"/>, a column of the same type.</summary>
    public void CopyRowTo(ColumnBuffer target, int from, int to)
    {
        if (IsNull(from))
        {
            target.SetNull(to);
        }
        else
        {
            CopyValueTo(target, from, to);
        }
    }

    /// <summary>Drops references held by rows <c>[0, count)</c> so that a flushed batch can be collected.</summary>
    public virtual void Release(int count)
    {
    }

    public abstract int HashRow(int row);

    public abstract bool RowEquals(int a, int b);

    protected void MarkPresent(int row) => _nulls[row] = false;

    protected abstract void ResizeValues(int capacity);

    protected abstract void CopyValue(int from, int to);

    protected abstract void CopyValueTo(ColumnBuffer target, int from, int to);

    public static ColumnBuffer For(ColumnType type) => type.Kind switch
    {
        ColumnKind.BigInt => new ValueBuffer<long>(type),
        ColumnKind.Double => new ValueBuffer<double>(type),
        ColumnKind.Decimal => new ValueBuffer<decimal>(type),
        ColumnKind.Boolean => new ValueBuffer<bool>(type),
        ColumnKind.Timestamp => new ValueBuffer<DateTime>(type),
        ColumnKind.Date => new ValueBuffer<DateOnly>(type),
        _ => new TextBuffer(type),
    };
}
