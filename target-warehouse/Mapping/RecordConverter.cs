using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// Converts a record into a batch row as its JSON is read, checking it against the schema in the
/// same pass: the reader that parses the input line feeds the columns directly. With validation
/// off, values are coerced where that is possible (a numeric string into a number column, a number
/// into a text column); what cannot be stored still stops the run rather than being dropped.
/// </summary>
/// <param name="undeclared">Told once of each record property path the schema does not declare, whose values are left out.</param>
internal sealed partial class RecordConverter(StreamMapping mapping, bool validate, Action<string>? undeclared = null)
{
    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = SingerReader.MaxDepth };

    private readonly bool _validate = validate;
    private readonly bool _lenient = !validate;
    private readonly HashSet<string> _undeclared = new(StringComparer.Ordinal);

    public StreamMapping Mapping { get; } = mapping;

    /// <summary>Converts a record already parsed into an element, metadata included.</summary>
    public void Convert(JsonElement record, RowBatch batch, int slot, in RecordContext context)
    {
        var json = JsonMarshal.GetRawUtf8Value(record);
        var reader = new Utf8JsonReader(json, ReaderOptions);
        reader.Read();
        Convert(json, ref reader, batch.Columns, slot);
        FillMetadata(batch.Columns, slot, context);
    }

    /// <summary>
    /// Converts the record object the reader is on (its start: both readers of messages make sure a
    /// record is an object) into <paramref name="slot"/>, leaving the reader on the object's end.
    /// Metadata columns are left to <see cref="FillMetadata"/>.
    /// </summary>
    /// <param name="json">The reader's input: JSON values are stored as the bytes they were sent as.</param>
    public void Convert(ReadOnlySpan<byte> json, ref Utf8JsonReader reader, ColumnBuffer[] columns, int slot)
    {
        var start = (int)reader.TokenStartIndex;
        ConvertObject(json, ref reader, Mapping.Root, columns, slot);
        foreach (var key in Mapping.KeyColumns)
        {
            if (columns[key].IsNull(slot))
            {
                var name = Mapping.Columns[key].Path;
                throw new RecordException(name, HasProperty(json[start..], name) ? "key property is null" : "key property is missing");
            }
        }
    }

    /// <summary>Fills the metadata columns of a converted record.</summary>
    public void FillMetadata(ColumnBuffer[] columns, int slot, in RecordContext context)
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

    private void ConvertObject(ReadOnlySpan<byte> json, ref Utf8JsonReader reader, ObjectPlan plan, ColumnBuffer[] columns, int slot)
    {
        var required = _validate ? plan.Node.Required : [];
        Span<bool> present = required.Count <= 64 ? stackalloc bool[required.Count] : new bool[required.Count];
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            for (var i = 0; i < required.Count; i++)
            {
                present[i] |= reader.ValueTextEquals(required[i]);
            }

            var index = FindProperty(ref reader, plan, ref next);
            if (index < 0 && ReferenceEquals(plan, Mapping.Root) && reader.ValueTextEquals(MetadataColumns.DeletedAtName))
            {
                reader.Read();
                ConvertDeletedAt(ref reader, columns, slot);
                continue;
            }

            if (index < 0)
            {
                if (_validate && !plan.Node.AdditionalProperties)
                {
                    throw new RecordException(JsonText.PropertyName(ref reader), "is not in the schema, which allows no additional properties");
                }

                if (undeclared is not null)
                {
                    ReportUndeclared(plan.Prefix + JsonText.PropertyName(ref reader));
                }

                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            var target = plan.Properties[index];
            if (target.Nested is { } nested)
            {
                ConvertNested(json, ref reader, target, nested, columns, slot);
            }
            else
            {
                try
                {
                    ConvertLeaf(json, ref reader, target, columns[target.Column], slot);
                }
                catch (InvalidOperationException)
                {
                    // The reader refuses to decode a string that is not valid Unicode wherever a value is read as text.
                    throw new RecordException(target.Path, UnicodeText.Problem);
                }
            }
        }

        for (var i = 0; i < required.Count; i++)
        {
            if (!present[i])
            {
                throw new RecordException(required[i], "required property is missing");
            }
        }
    }

    private void ConvertNested(ReadOnlySpan<byte> json, ref Utf8JsonReader reader, PropertyPlan target, ObjectPlan nested, ColumnBuffer[] columns, int slot)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                ConvertObject(json, ref reader, nested, columns, slot);
                break;
            case JsonTokenType.Null when !_validate || target.Node.AllowsNull:
                break;
            default:
                throw new RecordException(target.Path, $"expected {RecordValidator.Describe(target.Node.Types)}, found {JsonText.Kind(ref reader)}");
        }
    }

    /// <summary>
    /// A deletion time the schema does not declare (database taps add it to the records of deleted
    /// rows) still marks the row deleted, or deletes it under hard_delete: dropping it would keep the row.
    /// </summary>
    private void ConvertDeletedAt(ref Utf8JsonReader reader, ColumnBuffer[] columns, int slot)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (Mapping.MetadataIndex(MetadataColumn.DeletedAt) is not (>= 0 and var column))
        {
            throw new RecordException(MetadataColumns.DeletedAtName, "needs the deletion column, which the table does not have yet");
        }

        if (!ValueReader.TryTimestamp(ref reader, out var deletedAt))
        {
            throw new RecordException(MetadataColumns.DeletedAtName, $"expected a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z), found {JsonText.Kind(ref reader)}");
        }

        ((ValueBuffer<DateTime>)columns[column]).Set(slot, deletedAt);
    }

    private void ReportUndeclared(string path)
    {
        if (_undeclared.Add(path))
        {
            undeclared!(path);
        }
    }

    private static int FindProperty(ref Utf8JsonReader reader, ObjectPlan plan, ref int next)
    {
        try
        {
            return plan.Find(ref reader, ref next);
        }
        catch (InvalidOperationException)
        {
            throw new RecordException(Encoding.UTF8.GetString(reader.ValueSpan), "the property's name " + UnicodeText.Problem);
        }
    }

    /// <summary>Whether the object at the start of <paramref name="json"/> has a property of this name; only asked when a key is null.</summary>
    private static bool HasProperty(ReadOnlySpan<byte> json, string name)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(name))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }
}
