using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// A response body read whole into a pooled buffer and gone through once with a <see cref="Utf8JsonReader"/>,
/// which checks that it is JSON and notes where each record of its records array lies, with the
/// record's own properties, and where the other top-level properties lie. Records are then copied
/// out as the bytes Zendesk sent: building a document for a megabyte export page cost more than
/// everything else the tap does with it.
/// </summary>
internal sealed partial class ScannedResponse : IPageResponse
{
    // Export pages run to megabytes. A pool of their own hands the same few buffers round, where the
    // shared pool would keep one per thread that happened to return one.
    private static readonly ArrayPool<byte> Bytes = ArrayPool<byte>.Create(1 << 28, 4);
    private static readonly ArrayPool<RecordSpan> RecordSpans = ArrayPool<RecordSpan>.Create();
    private static readonly ArrayPool<RawProperty> Properties = ArrayPool<RawProperty>.Create();

    private byte[] _buffer;
    private readonly int _length;
    private RecordSpan[] _records = [];
    private int _recordCount;
    private RawProperty[] _properties = [];
    private int _propertyCount;
    private RawProperty[] _root = [];
    private int _rootCount;
    private JsonDocument? _rootDocument;
    private bool _disposed;

    private ScannedResponse(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The response as received.</summary>
    public ReadOnlyMemory<byte> Json => _buffer.AsMemory(0, _length);

    /// <summary>Records in the records array (none when the response has no such array).</summary>
    public int Count => _recordCount;

    public ScannedRecord this[int index] =>
        (uint)index < (uint)_recordCount ? new ScannedRecord(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Reads <paramref name="body"/> to its end and scans it; a body that is not JSON throws <see cref="JsonException"/>.</summary>
    /// <param name="sizeHint">The size the response is likely to have (the previous page's), so the buffer need not grow.</param>
    public static async Task<ScannedResponse> ReadAsync(Stream body, string recordsKey, int sizeHint, CancellationToken cancellationToken)
    {
        var buffer = Bytes.Rent(Math.Max(sizeHint, 1 << 20));
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    var larger = Bytes.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    Bytes.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }
        }
        catch
        {
            Bytes.Return(buffer);
            throw;
        }

        return Scan(buffer, filled, recordsKey);
    }

    /// <summary>Scans a copy of <paramref name="json"/>.</summary>
    public static ScannedResponse Scan(ReadOnlySpan<byte> json, string recordsKey)
    {
        var buffer = Bytes.Rent(Math.Max(json.Length, 1));
        json.CopyTo(buffer);
        return Scan(buffer, json.Length, recordsKey);
    }

    public static ScannedResponse Scan(string json, string recordsKey) => Scan(Encoding.UTF8.GetBytes(json), recordsKey);

    /// <summary>
    /// The top-level properties other than the records array, parsed on first use: paging fields and
    /// side-loads are a small part of an export page, which is not parsed whole for them.
    /// </summary>
    public JsonElement Root
    {
        get
        {
            if (_rootDocument is null)
            {
                var root = new ArrayBufferWriter<byte>();
                root.Write("{"u8);
                for (var i = 0; i < _rootCount; i++)
                {
                    var property = _root[i];
                    if (i > 0)
                    {
                        root.Write(","u8);
                    }

                    // From the name's opening quote to the value's end, as sent.
                    root.Write(Slice(property.NameStart - 1, property.ValueStart + property.ValueLength - property.NameStart + 1));
                }

                root.Write("}"u8);
                _rootDocument = JsonDocument.Parse(root.WrittenMemory);
            }

            return _rootDocument.RootElement;
        }
    }

    public void Visit<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IRecordVisitor
    {
        for (var i = 0; i < _recordCount; i++)
        {
            visitor.Visit(new ScannedRecord(this, i));
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _rootDocument?.Dispose();
        Bytes.Return(_buffer);
        _buffer = [];
        Return(RecordSpans, ref _records);
        Return(Properties, ref _properties);
        Return(Properties, ref _root);
    }

    internal RecordSpan RecordAt(int index) => _records[index];

    internal RecordLayout LayoutOf(RecordSpan record) =>
        new(_buffer.AsSpan(0, _length), _properties.AsSpan(record.FirstProperty, record.PropertyCount));

    internal ReadOnlySpan<byte> Slice(int start, int length) => _buffer.AsSpan(start, length);

    private static void Return<T>(ArrayPool<T> pool, ref T[] array)
    {
        if (array.Length > 0)
        {
            pool.Return(array);
        }

        array = [];
    }
}
