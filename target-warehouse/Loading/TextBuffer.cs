using System.Text;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// A column of text (or JSON text) kept as UTF-8 in one growing byte array rather than as one string
/// per value: a batch then holds a handful of arrays instead of hundreds of thousands of objects,
/// which keeps the garbage collector out of the way and halves the memory of ASCII text.
/// </summary>
internal sealed class TextBuffer(ColumnType type) : ColumnBuffer(type)
{
    private byte[] _bytes = new byte[1 << 16];
    private int _used;
    private int[] _offsets = [];
    private int[] _lengths = [];

    public Span<byte> Utf8(int row) => _bytes.AsSpan(_offsets[row], _lengths[row]);

    public string this[int row] => Encoding.UTF8.GetString(Utf8(row));

    public void Set(int row, ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_used));
        Place(row, utf8.Length);
    }

    public void Set(int row, string value)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        Place(row, Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_used)));
    }

    public override void Release(int count) => _used = 0;

    public override int HashRow(int row)
    {
        if (IsNull(row))
        {
            return 0;
        }

        var hash = new HashCode();
        hash.AddBytes(Utf8(row));
        return hash.ToHashCode();
    }

    public override bool RowEquals(int a, int b) =>
        IsNull(a) == IsNull(b) && (IsNull(a) || Utf8(a).SequenceEqual(Utf8(b)));

    protected override void ResizeValues(int capacity)
    {
        Array.Resize(ref _offsets, capacity);
        Array.Resize(ref _lengths, capacity);
    }

    protected override void CopyValue(int from, int to)
    {
        // The replaced row's bytes stay unused until the batch is cleared; only the reference moves.
        _offsets[to] = _offsets[from];
        _lengths[to] = _lengths[from];
    }

    private void Reserve(int length)
    {
        if (_bytes.Length - _used >= length)
        {
            return;
        }

        var size = (long)Math.Max(_bytes.Length, 1) * 2;
        while (size - _used < length)
        {
            size *= 2;
        }

        Array.Resize(ref _bytes, (int)Math.Min(size, Array.MaxLength));
    }

    private void Place(int row, int length)
    {
        _offsets[row] = _used;
        _lengths[row] = length;
        _used += length;
        MarkPresent(row);
    }
}
