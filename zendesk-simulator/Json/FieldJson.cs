using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Writes a generated custom field value: the same JSON as its <see cref="FieldValue.ToObject"/> form, without building it.</summary>
internal static class FieldJson
{
    public static void Write(Utf8JsonWriter w, FieldDefinition field, in FieldValue value)
    {
        switch (value.Kind)
        {
            case FieldValueKind.Null:
                w.WriteNullValue();
                break;
            case FieldValueKind.False:
            case FieldValueKind.True:
                w.WriteBooleanValue(value.Kind == FieldValueKind.True);
                break;
            case FieldValueKind.Option:
                w.WriteStringValue(field.Options[value.First].Value);
                break;
            case FieldValueKind.OneOption:
            case FieldValueKind.TwoOptions:
                w.WriteStartArray();
                w.WriteStringValue(field.Options[value.First].Value);
                if (value.Kind == FieldValueKind.TwoOptions)
                {
                    w.WriteStringValue(field.Options[value.Second].Value);
                }

                w.WriteEndArray();
                break;
            case FieldValueKind.Decimal:
                w.WriteNumberValue(value.Decimal);
                break;
            case FieldValueKind.Integer:
                w.WriteNumberValue(value.Number);
                break;
            case FieldValueKind.Note:
                w.WriteStringValue(EncodedWords.Notes[(value.First * Words.AgentLines.Length) + value.Second]);
                break;
            case FieldValueKind.Name:
                w.WriteStringValue(EncodedWords.FullNames[(value.First * Words.LastNames.Length) + value.Second]);
                break;
            default:
                WriteComposed(w, value);
                break;
        }
    }

    private static void WriteComposed(Utf8JsonWriter w, in FieldValue value)
    {
        var text = new Utf8Buffer(stackalloc byte[32]);
        switch (value.Kind)
        {
            case FieldValueKind.Serial:
                text.Append("SN-"u8);
                text.AppendNumber(value.Number);
                text.AppendByte((byte)'-');
                text.AppendByte((byte)('A' + value.First));
                text.AppendByte((byte)('A' + value.Second));
                break;
            case FieldValueKind.OrderNumber:
                text.Append("ORD-"u8);
                text.AppendNumber(value.Number);
                break;
            case FieldValueKind.CardDigits:
                text.Append("XXXXXXXXXXXX"u8);
                text.AppendNumber(value.Number);
                break;
            default:
                text.AppendDate(value.Number);
                text.Append(value.Kind switch
                {
                    FieldValueKind.DateTime => "T00:00:00Z"u8,
                    FieldValueKind.DateOffset => "T00:00:00+00:00"u8,
                    _ => [],
                });
                break;
        }

        w.WriteStringValue(text.Written);
    }
}
