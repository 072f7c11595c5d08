using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>The one pass over a response that checks it and notes where its records lie.</summary>
internal sealed partial class ScannedResponse
{
    private static ScannedResponse Scan(byte[] buffer, int length, string recordsKey)
    {
        var response = new ScannedResponse(buffer, length);
        try
        {
            response.Index(Encoding.UTF8.GetBytes(recordsKey));
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private void Index(ReadOnlySpan<byte> recordsKey)
    {
        // Sized from the response's length (a ticket is some 2 KB with 45 properties), so the lists rarely grow.
        _records = RecordSpans.Rent(Math.Max(16, _length / 1024));
        _properties = Properties.Rent(Math.Max(64, _length / 40));
        var reader = new Utf8JsonReader(Slice(0, _length), isFinalBlock: true, state: default);
        if (!reader.Read())
        {
            throw new JsonException("The response holds no JSON value.");
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRecords = reader.ValueTextEquals(recordsKey);
                var name = RawProperty.NameOf(ref reader);
                reader.Read();
                if (isRecords && reader.TokenType == JsonTokenType.StartArray)
                {
                    // A repeated records key: the last one wins, as with JsonElement.TryGetProperty.
                    _recordCount = 0;
                    _propertyCount = 0;
                    IndexRecords(ref reader);
                    continue;
                }

                Add(Properties, ref _root, ref _rootCount, RawProperty.ValueOf(ref reader, name));
            }
        }
        else
        {
            reader.Skip();
        }

        // Anything but whitespace after the value makes the reader throw here.
        reader.Read();
    }

    private void IndexRecords(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            var first = _propertyCount;
            var isObject = reader.TokenType == JsonTokenType.StartObject;
            if (isObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = RawProperty.NameOf(ref reader);
                    reader.Read();
                    Add(Properties, ref _properties, ref _propertyCount, RawProperty.ValueOf(ref reader, name));
                }
            }
            else
            {
                reader.Skip();
            }

            var record = new RecordSpan(start, (int)reader.BytesConsumed - start, first, _propertyCount - first, isObject);
            Add(RecordSpans, ref _records, ref _recordCount, record);
        }
    }

    private static void Add<T>(ArrayPool<T> pool, ref T[] array, ref int count, T item)
    {
        if (count == array.Length)
        {
            var larger = pool.Rent(Math.Max(64, array.Length * 2));
            array.AsSpan(0, count).CopyTo(larger);
            if (array.Length > 0)
            {
                pool.Return(array);
            }

            array = larger;
        }

        array[count++] = item;
    }
}
