using System.Text;

namespace Zendesk.Singer.Target.Batches;

/// <summary>
/// A column of text (or JSON text) kept as UTF-8 in a few shared blocks (<see cref="TextBlocks"/>)
/// rather than as one string per value: a batch then holds a handful of arrays instead of hundreds
/// of thousands of objects, which keeps the garbage collector out of the way and halves the memory
/// of ASCII text. A value never spans two blocks.
/// </summary>
internal sealed class TextBuffer(ColumnType type) : ColumnBuffer(type)
{
    private readonly List<byte[]> _blocks = [];
    private int _open = -1;
    private int _used;
    private int[] _blockOf = [];
    private int[] _offsets = [];
    private int[] _lengths = [];

    /// <summary>The bytes of text placed since the batch was last cleared.</summary>
    public long StoredBytes { get; private set; }

    public Span<byte> Utf8(int row) => _lengths[row] == 0 ? [] : _blocks[_blockOf[row]].AsSpan(_offsets[row], _lengths[row]);

    /// <summary>The UTF-8 of a row as memory, valid until the batch is cleared.</summary>
    public ReadOnlyMemory<byte> Utf8Memory(int row) => _lengths[row] == 0 ? ReadOnlyMemory<byte>.Empty : _blocks[_blockOf[row]].AsMemory(_offsets[row], _lengths[row]);

    public string this[int row] => Encoding.UTF8.GetString(Utf8(row));

    public void Set(int row, ReadOnlySpan<byte> utf8)
    {
        var target = Reserve(row, utf8.Length);
        utf8.CopyTo(target);
        MarkPresent(row);
    }

    public void Set(int row, string value)
    {
        var target = Reserve(row, Encoding.UTF8.GetByteCount(value));
        Encoding.UTF8.GetBytes(value, target);
        MarkPresent(row);
    }

    /// <summary>Gives the blocks back once the batch is committed.</summary>
    public override void Release(int count)
    {
        TextBlocks.Return(_blocks);
        _blocks.Clear();
        _open = -1;
        StoredBytes = 0;
    }

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
        Array.Resize(ref _blockOf, capacity);
        Array.Resize(ref _offsets, capacity);
        Array.Resize(ref _lengths, capacity);
    }

    protected override void CopyValue(int from, int to)
    {
        // The replaced row's bytes stay unused until the batch is cleared; only the reference moves.
        _blockOf[to] = _blockOf[from];
        _offsets[to] = _offsets[from];
        _lengths[to] = _lengths[from];
    }

    protected override void CopyValueTo(ColumnBuffer target, int from, int to) => ((TextBuffer)target).Set(to, Utf8(from));

    /// <summary>Places <paramref name="length"/> bytes for <paramref name="row"/> and returns where they go.</summary>
    private Span<byte> Reserve(int row, int length)
    {
        StoredBytes += length;
        if (length == 0)
        {
            return Place(row, -1, 0, 0);
        }

        if (length > TextBlocks.Size)
        {
            // A long value gets an array of its own; the open block stays open for the next ones.
            _blocks.Add(new byte[length]);
            return Place(row, _blocks.Count - 1, 0, length);
        }

        if (_open < 0 || TextBlocks.Size - _used < length)
        {
            _blocks.Add(TextBlocks.Rent());
            _open = _blocks.Count - 1;
            _used = 0;
        }

        var offset = _used;
        _used += length;
        return Place(row, _open, offset, length);
    }

    private Span<byte> Place(int row, int block, int offset, int length)
    {
        _blockOf[row] = block;
        _offsets[row] = offset;
        _lengths[row] = length;
        return length == 0 ? [] : _blocks[block].AsSpan(offset, length);
    }
}
