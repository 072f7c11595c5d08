using System.Text.Json;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>The fields of a record as the tap reads them, the same way for every kind of record.</summary>
internal static class RecordValues
{
    /// <summary>A time field as a point in time, or null when absent or not a time.</summary>
    public static DateTimeOffset? Time<TRecord>(this TRecord record, RecordField field)
        where TRecord : struct, IRecord =>
        record.TryRead(field, out var value) ? Timestamps.Time(ref value) : null;

    /// <summary>A key as bookmarks keep it (a number's digits or a string's text), or null.</summary>
    public static string? Key<TRecord>(this TRecord record, RecordField field)
        where TRecord : struct, IRecord =>
        record.TryRead(field, out var value) ? RecordKeys.Of(ref value) : null;

    public static string? String<TRecord>(this TRecord record, RecordField field)
        where TRecord : struct, IRecord =>
        record.TryRead(field, out var value) && value.TokenType == JsonTokenType.String ? value.GetString() : null;

    public static long? Int64<TRecord>(this TRecord record, RecordField field)
        where TRecord : struct, IRecord =>
        record.TryRead(field, out var value) && value.TokenType == JsonTokenType.Number && value.TryGetInt64(out var number) ? number : null;

    /// <summary>An object property as an element of its own (only that value is parsed), or null.</summary>
    public static JsonElement? Object<TRecord>(this TRecord record, RecordField field)
        where TRecord : struct, IRecord =>
        record.TryRead(field, out var value) && value.TokenType == JsonTokenType.StartObject ? JsonElement.ParseValue(ref value) : null;
}
