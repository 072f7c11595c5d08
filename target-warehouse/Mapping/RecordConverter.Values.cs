using System.Text.Json;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>Converting one value into its column: checked, typed, and stored.</summary>
internal sealed partial class RecordConverter
{
    private void ConvertLeaf(ReadOnlySpan<byte> json, ref Utf8JsonReader reader, PropertyPlan target, ColumnBuffer column, int slot)
    {
        var kind = column.Type.Kind;
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (_validate && !target.Node.AllowsNull)
            {
                throw new RecordException(target.Path, $"null is not allowed (expected {RecordValidator.Describe(target.Node.Types)})");
            }

            column.SetNull(slot);
            return;
        }

        var start = (int)reader.TokenStartIndex;
        var container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        var described = container && kind is not (ColumnKind.Json or ColumnKind.Text) ? JsonText.Describe(ref reader) : null;
        if (_validate)
        {
            // Leaves the reader on the value's last token, as Skip does.
            RecordValidator.Check(ref reader, target.Node, target.Path, checkFormat: kind is not (ColumnKind.Timestamp or ColumnKind.Date));
        }
        else
        {
            reader.Skip();
        }

        if (kind == ColumnKind.Json || (container && kind == ColumnKind.Text))
        {
            if (!JsonText.TryStoreRaw((TextBuffer)column, slot, json[start..(int)reader.BytesConsumed]))
            {
                throw new RecordException(target.Path, UnicodeText.Problem);
            }

            return;
        }

        if (described is not null)
        {
            throw new RecordException(target.Path, $"{described} is not {Expected(column.Type)}");
        }

        switch (kind)
        {
            case ColumnKind.BigInt:
                ((ValueBuffer<long>)column).Set(slot, ValueReader.TryInt64(ref reader, _lenient, out var l) ? l : throw Unfit(target, ref reader, column.Type));
                break;
            case ColumnKind.Double:
                ((ValueBuffer<double>)column).Set(slot, ValueReader.TryDouble(ref reader, _lenient, out var d) ? d : throw Unfit(target, ref reader, column.Type));
                break;
            case ColumnKind.Decimal:
                ((ValueBuffer<decimal>)column).Set(slot, ValueReader.TryDecimal(ref reader, _lenient, column.Type.Scale, out var m) ? m : throw Unfit(target, ref reader, column.Type));
                break;
            case ColumnKind.Boolean:
                ((ValueBuffer<bool>)column).Set(slot, ValueReader.TryBoolean(ref reader, _lenient, out var b) ? b : throw Unfit(target, ref reader, column.Type));
                break;
            case ColumnKind.Timestamp:
                ((ValueBuffer<DateTime>)column).Set(slot, ValueReader.TryTimestamp(ref reader, out var t) ? t : throw Unfit(target, ref reader, column.Type));
                break;
            case ColumnKind.Date:
                ((ValueBuffer<DateOnly>)column).Set(slot, ValueReader.TryDate(ref reader, out var date) ? date : throw Unfit(target, ref reader, column.Type));
                break;
            default:
                if (!JsonText.TryStoreScalar((TextBuffer)column, slot, ref reader))
                {
                    throw new RecordException(target.Path, UnicodeText.Problem);
                }

                break;
        }
    }

    private static RecordException Unfit(PropertyPlan target, ref Utf8JsonReader reader, ColumnType type) =>
        new(target.Path, $"{JsonText.Describe(ref reader)} is not {Expected(type)}");

    private static string Expected(ColumnType type) => type.Kind switch
    {
        ColumnKind.BigInt => "a 64-bit integer",
        ColumnKind.Double => "a number",
        ColumnKind.Decimal => "a decimal number of up to 28 digits",
        ColumnKind.Boolean => "true or false",
        ColumnKind.Timestamp => "a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z)",
        ColumnKind.Date => "a date (e.g. 2024-01-31)",
        _ => "text",
    };
}
