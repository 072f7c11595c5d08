using System.Text.Json;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Converts a record straight from the reader's JSON into a batch row, checking it against the
/// schema in the same pass. With validation off, values are coerced where that is possible (a
/// numeric string into a number column, a number into a text column); what cannot be stored still
/// stops the run rather than being dropped.
/// </summary>
internal sealed class RecordConverter(StreamMapping mapping, bool validate)
{
    private readonly bool _validate = validate;
    private readonly bool _lenient = !validate;

    public StreamMapping Mapping { get; } = mapping;

    public void Convert(JsonElement record, RowBatch batch, int slot, in RecordContext context)
    {
        var columns = batch.Columns;
        ConvertObject(record, Mapping.Root, columns, slot);
        foreach (var key in Mapping.KeyColumns)
        {
            if (columns[key].IsNull(slot))
            {
                var name = Mapping.Columns[key].Path;
                throw new RecordException(name, record.TryGetProperty(name, out _) ? "key property is null" : "key property is missing");
            }
        }

        FillMetadata(columns, slot, context);
    }

    private void ConvertObject(JsonElement value, ObjectPlan plan, ColumnBuffer[] columns, int slot)
    {
        var next = 0;
        foreach (var property in value.EnumerateObject())
        {
            var index = plan.Find(property, ref next);
            if (index < 0)
            {
                if (_validate && !plan.Node.AdditionalProperties)
                {
                    throw new RecordException(property.Name, "is not in the schema, which allows no additional properties");
                }

                continue;
            }

            var target = plan.Properties[index];
            if (target.Nested is { } nested)
            {
                ConvertNested(property.Value, target, nested, columns, slot);
            }
            else
            {
                ConvertLeaf(property.Value, target, columns[target.Column], slot);
            }
        }

        if (_validate)
        {
            foreach (var required in plan.Node.Required)
            {
                if (!value.TryGetProperty(required, out _))
                {
                    throw new RecordException(required, "required property is missing");
                }
            }
        }
    }

    private void ConvertNested(JsonElement value, PropertyPlan target, ObjectPlan nested, ColumnBuffer[] columns, int slot)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                ConvertObject(value, nested, columns, slot);
                break;
            case JsonValueKind.Null when !_validate || target.Node.AllowsNull:
                break;
            default:
                throw new RecordException(target.Path, $"expected {RecordValidator.Describe(target.Node.Types)}, found {JsonText.Kind(value)}");
        }
    }

    private void ConvertLeaf(JsonElement value, PropertyPlan target, ColumnBuffer column, int slot)
    {
        var kind = column.Type.Kind;
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (_validate && !target.Node.AllowsNull)
            {
                throw new RecordException(target.Path, $"null is not allowed (expected {RecordValidator.Describe(target.Node.Types)})");
            }

            column.SetNull(slot);
            return;
        }

        if (_validate)
        {
            RecordValidator.Check(value, target.Node, target.Path, checkFormat: kind is not (ColumnKind.Timestamp or ColumnKind.Date));
        }

        switch (kind)
        {
            case ColumnKind.BigInt:
                ((ValueBuffer<long>)column).Set(slot, ValueReader.TryInt64(value, _lenient, out var l) ? l : throw Unfit(target, value, "a 64-bit integer"));
                break;
            case ColumnKind.Double:
                ((ValueBuffer<double>)column).Set(slot, ValueReader.TryDouble(value, _lenient, out var d) ? d : throw Unfit(target, value, "a number"));
                break;
            case ColumnKind.Decimal:
                ((ValueBuffer<decimal>)column).Set(slot, ValueReader.TryDecimal(value, _lenient, column.Type.Scale, out var m) ? m : throw Unfit(target, value, $"a decimal number of up to 28 digits"));
                break;
            case ColumnKind.Boolean:
                ((ValueBuffer<bool>)column).Set(slot, ValueReader.TryBoolean(value, _lenient, out var b) ? b : throw Unfit(target, value, "true or false"));
                break;
            case ColumnKind.Timestamp:
                ((ValueBuffer<DateTime>)column).Set(slot, ValueReader.TryTimestamp(value, out var t) ? t : throw Unfit(target, value, "a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z)"));
                break;
            case ColumnKind.Date:
                ((ValueBuffer<DateOnly>)column).Set(slot, ValueReader.TryDate(value, out var date) ? date : throw Unfit(target, value, "a date (e.g. 2024-01-31)"));
                break;
            case ColumnKind.Json:
                JsonText.StoreRaw((TextBuffer)column, slot, value);
                break;
            default:
                JsonText.StoreScalar((TextBuffer)column, slot, value);
                break;
        }
    }

    private void FillMetadata(ColumnBuffer[] columns, int slot, in RecordContext context)
    {
        if (Mapping.MetadataIndex(MetadataColumn.ExtractedAt) is >= 0 and var extracted && context.ExtractedAt is { } at)
        {
            ((ValueBuffer<DateTime>)columns[extracted]).Set(slot, at);
        }

        if (Mapping.MetadataIndex(MetadataColumn.ReceivedAt) is >= 0 and var received)
        {
            ((ValueBuffer<DateTime>)columns[received]).Set(slot, context.ReceivedAt);
        }

        if (Mapping.MetadataIndex(MetadataColumn.Sequence) is >= 0 and var sequence)
        {
            ((ValueBuffer<long>)columns[sequence]).Set(slot, context.Sequence);
        }

        if (Mapping.MetadataIndex(MetadataColumn.TableVersion) is >= 0 and var version && context.Version is { } v)
        {
            ((ValueBuffer<long>)columns[version]).Set(slot, v);
        }

        if (Mapping.MetadataIndex(MetadataColumn.SyncStartedAt) is >= 0 and var started)
        {
            ((ValueBuffer<DateTime>)columns[started]).Set(slot, context.SyncStartedAt);
        }
    }

    private static RecordException Unfit(PropertyPlan target, JsonElement value, string expected) =>
        new(target.Path, $"{JsonText.Describe(value)} is not {expected}");
}
