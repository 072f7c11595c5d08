using System.Buffers;
using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync.Tickets;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Copies a record from Zendesk's response to the output writer, leaving out excluded properties and
/// adding the tap's own, without building an intermediate document. Values are copied as the raw
/// JSON Zendesk sent (already valid, so neither unescaped nor escaped again); properties dropped whole
/// cut the record into a few runs of properties, each copied in one piece.
/// </summary>
internal static class RecordWriter
{
    public static void Write<TRecord>(Utf8JsonWriter writer, TRecord record, FieldFilter filter, RecordExtra[]? extras)
        where TRecord : struct, IRecord
    {
        if (!record.IsObject || (filter.IsEmpty && extras is null))
        {
            writer.WriteRawValue(record.Json, skipInputValidation: true);
            return;
        }

        RawProperty[]? rented = null;
        try
        {
            var layout = record.Layout(ref rented);
            if (extras is not null || !TryWriteRuns(writer, layout, record.Json.Length, filter, default(NoColumns)))
            {
                WriteByProperty(writer, layout, filter, extras, default(NoColumns));
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<RawProperty>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// As <see cref="Write"/>, adding one property per custom field column with the value the record's
    /// <c>custom_fields</c> entry for its field holds (null without one); a record property of a
    /// column's name gives way to the column.
    /// </summary>
    public static void WriteWithColumns<TRecord>(Utf8JsonWriter writer, TRecord record, FieldFilter filter, RecordExtra[]? extras, CustomFieldColumns columns)
        where TRecord : struct, IRecord
    {
        if (!record.IsObject)
        {
            writer.WriteRawValue(record.Json, skipInputValidation: true);
            return;
        }

        RawProperty[]? rented = null;
        var slots = 2 * columns.Count;
        int[]? rentedSlots = slots > 128 ? ArrayPool<int>.Shared.Rent(slots) : null;
        try
        {
            var layout = record.Layout(ref rented);
            scoped ReadOnlySpan<byte> customFields = default;
            foreach (var property in layout.Properties)
            {
                if (layout.NameEquals(property, "custom_fields"u8))
                {
                    customFields = layout.RawValue(property);
                    break;
                }
            }

            var found = rentedSlots is null ? stackalloc int[slots] : rentedSlots.AsSpan(0, slots);
            columns.Locate(customFields, found);
            var values = new ColumnValues(columns, customFields, found);
            if (extras is not null || !TryWriteRuns(writer, layout, record.Json.Length, filter, values))
            {
                WriteByProperty(writer, layout, filter, extras, values);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<RawProperty>.Shared.Return(rented);
            }

            if (rentedSlots is not null)
            {
                ArrayPool<int>.Shared.Return(rentedSlots);
            }
        }
    }

    /// <summary>
    /// Writes the runs of kept properties as one object; false when a property is filtered inside (a
    /// nested exclusion), which needs writing property by property.
    /// </summary>
    private static bool TryWriteRuns<TColumns>(Utf8JsonWriter writer, RecordLayout layout, int length, FieldFilter filter, TColumns columns)
        where TColumns : IAddedColumns, allows ref struct
    {
        var scratch = ArrayPool<byte>.Shared.Rent(length + 2 + columns.AppendedLength);
        try
        {
            if (!TryCopyRuns(layout, filter, columns, scratch, out var written))
            {
                return false;
            }

            writer.WriteRawValue(scratch.AsSpan(0, written), skipInputValidation: true);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    private static bool TryCopyRuns<TColumns>(RecordLayout layout, FieldFilter filter, TColumns columns, byte[] scratch, out int length)
        where TColumns : IAddedColumns, allows ref struct
    {
        length = 0;
        scratch[length++] = (byte)'{';
        var runStart = -1;
        var runEnd = -1;
        var previousKept = false;
        foreach (var property in layout.Properties)
        {
            if (Match(layout, property, filter, out var nested))
            {
                if (nested is not null)
                {
                    return false;
                }

                previousKept = false;
                continue;
            }

            if (columns.Replaces(layout, property))
            {
                previousKept = false;
                continue;
            }

            // From the name's opening quote to the value's end; what lies between two kept neighbours
            // (a comma, maybe whitespace) comes along with them.
            if (!previousKept)
            {
                length = Flush(layout, runStart, runEnd, scratch, length);
                runStart = property.NameStart - 1;
            }

            runEnd = property.ValueStart + property.ValueLength;
            previousKept = true;
        }

        length = Flush(layout, runStart, runEnd, scratch, length);
        length = columns.AppendTo(scratch, length);
        scratch[length++] = (byte)'}';
        return true;
    }

    private static int Flush(RecordLayout layout, int runStart, int runEnd, byte[] scratch, int length)
    {
        if (runStart < 0)
        {
            return length;
        }

        if (length > 1)
        {
            scratch[length++] = (byte)',';
        }

        var run = layout.Slice(runStart, runEnd - runStart);
        run.CopyTo(scratch.AsSpan(length));
        return length + run.Length;
    }

    private static void WriteByProperty<TColumns>(Utf8JsonWriter writer, RecordLayout layout, FieldFilter filter, RecordExtra[]? extras, TColumns columns)
        where TColumns : IAddedColumns, allows ref struct
    {
        writer.WriteStartObject();
        foreach (var property in layout.Properties)
        {
            if ((extras is not null && IsReplaced(layout, property, extras)) || columns.Replaces(layout, property))
            {
                continue;
            }

            if (Match(layout, property, filter, out var nested))
            {
                if (nested is not null)
                {
                    WriteName(writer, layout, property);
                    Write(writer, new ElementRecord(layout.Element(property)), nested, null);
                }

                continue;
            }

            WriteName(writer, layout, property);
            writer.WriteRawValue(layout.RawValue(property), skipInputValidation: true);
        }

        if (extras is not null)
        {
            foreach (var extra in extras)
            {
                if (!filter.Excludes(extra.Name))
                {
                    extra.WriteTo(writer);
                }
            }
        }

        columns.WriteTo(writer);
        writer.WriteEndObject();
    }

    private static bool Match(RecordLayout layout, RawProperty property, FieldFilter filter, out FieldFilter? nested)
    {
        if (filter.IsEmpty)
        {
            nested = null;
            return false;
        }

        return property.NameEscaped
            ? filter.Match(Encoding.UTF8.GetBytes(layout.DecodedName(property)), out nested)
            : filter.Match(layout.RawName(property), out nested);
    }

    private static bool IsReplaced(RecordLayout layout, RawProperty property, RecordExtra[] extras)
    {
        foreach (var extra in extras)
        {
            if (layout.NameEquals(property, extra.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name sent with escapes is written unescaped; the writer escapes what it must.</summary>
    private static void WriteName(Utf8JsonWriter writer, RecordLayout layout, RawProperty property)
    {
        if (property.NameEscaped)
        {
            writer.WritePropertyName(layout.DecodedName(property));
        }
        else
        {
            writer.WritePropertyName(layout.RawName(property));
        }
    }
}
