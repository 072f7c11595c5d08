namespace Zendesk.Singer.Target.Batches;

/// <summary>A column of fixed-size values (integers, floats, decimals, booleans, UTC timestamps, dates).</summary>
internal sealed class ValueBuffer<T>(ColumnType type) : ColumnBuffer(type)
    where T : struct, IEquatable<T>
{
    private T[] _values = [];

    public T this[int row] => _values[row];

    public void Set(int row, T value)
    {
        _values[row] = value;
        MarkPresent(row);
    }

    public void Fill(T value, int count)
    {
        for (var row = 0; row < count; row++)
        {
            Set(row, value);
        }
    }

    public override int HashRow(int row) => IsNull(row) ? 0 : _values[row].GetHashCode();

    public override bool RowEquals(int a, int b) =>
        IsNull(a) == IsNull(b) && (IsNull(a) || _values[a].Equals(_values[b]));

    protected override void ResizeValues(int capacity) => Array.Resize(ref _values, capacity);

    protected override void CopyValue(int from, int to) => _values[to] = _values[from];

    protected override void CopyValueTo(ColumnBuffer target, int from, int to) => ((ValueBuffer<T>)target).Set(to, _values[from]);
}
