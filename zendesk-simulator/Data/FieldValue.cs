using System.Globalization;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// A generated custom field value as numbers: <see cref="Number"/> holds the integer, the date
/// (epoch seconds) or the serial; <see cref="First"/> and <see cref="Second"/> the option or word
/// indexes (or the serial's letters). Writers render it without building strings.
/// </summary>
internal readonly record struct FieldValue(FieldValueKind Kind, long Number = 0, double Decimal = 0, int First = 0, int Second = 0)
{
    /// <summary>The value as mutations and change events carry it: string, long, double, bool, string[] or null.</summary>
    public object? ToObject(FieldDefinition field) => Kind switch
    {
        FieldValueKind.Null => null,
        FieldValueKind.False => false,
        FieldValueKind.True => true,
        FieldValueKind.Option => field.Options[First].Value,
        FieldValueKind.OneOption => new[] { field.Options[First].Value },
        FieldValueKind.TwoOptions => new[] { field.Options[First].Value, field.Options[Second].Value },
        FieldValueKind.Decimal => Decimal,
        FieldValueKind.Integer => Number,
        FieldValueKind.Date => Epoch.Date(Number),
        FieldValueKind.DateTime => Epoch.Date(Number) + "T00:00:00Z",
        FieldValueKind.DateOffset => Epoch.Date(Number) + "T00:00:00+00:00",
        FieldValueKind.Serial => string.Create(CultureInfo.InvariantCulture, $"SN-{Number}-{(char)('A' + First)}{(char)('A' + Second)}"),
        FieldValueKind.Note => Words.NoteLines[First] + "\n" + Words.AgentLines[Second],
        FieldValueKind.OrderNumber => string.Create(CultureInfo.InvariantCulture, $"ORD-{Number}"),
        FieldValueKind.CardDigits => string.Create(CultureInfo.InvariantCulture, $"XXXXXXXXXXXX{Number}"),
        _ => Words.FirstNames[First] + " " + Words.LastNames[Second],
    };
}
