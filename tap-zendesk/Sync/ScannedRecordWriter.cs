using System.Buffers;
using System.Text;
using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Copies a scanned record to the output writer as <see cref="RecordWriter"/> copies an element:
/// excluded properties left out, everything else as the bytes Zendesk sent. Properties dropped
/// whole cut the record into a few runs of properties, each copied in one piece.
/// </summary>
internal static class ScannedRecordWriter
{
    public static void Write(Utf8JsonWriter writer, ScannedRecord record, FieldFilter filter)
    {
        if (!record.IsObject || filter.IsEmpty)
        {
            writer.WriteRawValue(record.Json, skipInputValidation: true);
            return;
        }

        var scratch = ArrayPool<byte>.Shared.Rent(record.Json.Length + 2);
        try
        {
            if (TryCopyRuns(record, filter, scratch, out var length))
            {
                writer.WriteRawValue(scratch.AsSpan(0, length), skipInputValidation: true);
            }
            else
            {
                WriteByProperty(writer, record, filter);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Copies the runs of kept properties into <paramref name="scratch"/> as one object; false when a
    /// property is filtered inside (a nested exclusion), which needs writing property by property.
    /// </summary>
    private static bool TryCopyRuns(ScannedRecord record, FieldFilter filter, byte[] scratch, out int length)
    {
        length = 0;
        scratch[length++] = (byte)'{';
        var runStart = -1;
        var runEnd = -1;
        var previousKept = false;
        for (var i = 0; i < record.PropertyCount; i++)
        {
            var property = record.Property(i);
            if (Match(record, property, filter, out var nested))
            {
                if (nested is not null)
                {
                    return false;
                }

                previousKept = false;
                continue;
            }

            // From the name's opening quote to the value's end; what lies between two kept neighbours
            // (a comma, maybe whitespace) comes along with them.
            var end = property.ValueStart + property.ValueLength;
            if (!previousKept)
            {
                length = Flush(record, runStart, runEnd, scratch, length);
                runStart = property.NameStart - 1;
            }

            runEnd = end;
            previousKept = true;
        }

        length = Flush(record, runStart, runEnd, scratch, length);
        scratch[length++] = (byte)'}';
        return true;
    }

    private static int Flush(ScannedRecord record, int runStart, int runEnd, byte[] scratch, int length)
    {
        if (runStart < 0)
        {
            return length;
        }

        if (length > 1)
        {
            scratch[length++] = (byte)',';
        }

        var run = record.Raw(runStart, runEnd - runStart);
        run.CopyTo(scratch.AsSpan(length));
        return length + run.Length;
    }

    private static void WriteByProperty(Utf8JsonWriter writer, ScannedRecord record, FieldFilter filter)
    {
        writer.WriteStartObject();
        for (var i = 0; i < record.PropertyCount; i++)
        {
            var property = record.Property(i);
            if (Match(record, property, filter, out var nested))
            {
                if (nested is not null)
                {
                    WriteName(writer, record, property);
                    RecordWriter.Write(writer, record.Element(property), nested, null);
                }

                continue;
            }

            WriteName(writer, record, property);
            writer.WriteRawValue(record.RawValue(property), skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    private static bool Match(ScannedRecord record, RawProperty property, FieldFilter filter, out FieldFilter? nested) =>
        property.NameEscaped
            ? filter.Match(Encoding.UTF8.GetBytes(record.DecodedName(property)), out nested)
            : filter.Match(record.RawName(property), out nested);

    /// <summary>A name sent with escapes is written unescaped (the writer escapes what it must), as <see cref="RecordWriter"/> does.</summary>
    private static void WriteName(Utf8JsonWriter writer, ScannedRecord record, RawProperty property)
    {
        if (property.NameEscaped)
        {
            writer.WritePropertyName(record.DecodedName(property));
        }
        else
        {
            writer.WritePropertyName(record.RawName(property));
        }
    }
}
