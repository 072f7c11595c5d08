using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Protocol.Serialization;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>Turns one parsed JSON line into a message; keys may come in any order.</summary>
internal static class SingerMessageParser
{
    public static SingerMessage Parse(JsonElement root, long lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SingerProtocolException(lineNumber, $"expected a JSON object, found {JsonKinds.Describe(root.ValueKind)}");
        }

        var type = RequiredString(root, "type", lineNumber);
        SingerMessage message = type switch
        {
            MessageTypes.Record => ParseRecord(root, lineNumber),
            MessageTypes.Schema => ParseSchema(root, lineNumber),
            MessageTypes.State => ParseState(root, lineNumber),
            MessageTypes.ActivateVersion => new ActivateVersionMessage(
                RequiredString(root, "stream", lineNumber),
                RequiredInt64(root, "version", lineNumber)),
            MessageTypes.Batch => ParseBatch(root, lineNumber),
            _ => throw new SingerProtocolException(lineNumber, $"unknown message type \"{type}\""),
        };
        return message with { LineNumber = lineNumber };
    }

    private static RecordMessage ParseRecord(JsonElement root, long lineNumber)
    {
        var stream = RequiredString(root, "stream", lineNumber);
        if (!root.TryGetProperty("record", out var record) || record.ValueKind != JsonValueKind.Object)
        {
            throw new SingerProtocolException(lineNumber, $"stream \"{stream}\": RECORD needs a \"record\" object");
        }

        DateTimeOffset? extracted = null;
        if (root.TryGetProperty("time_extracted", out var time) && time.ValueKind == JsonValueKind.String)
        {
            if (!TryParseTimeExtracted(time.GetString(), out var parsed))
            {
                throw new SingerProtocolException(lineNumber, $"stream \"{stream}\": time_extracted \"{time.GetString()}\" is not a date-time");
            }

            extracted = parsed;
        }

        long? version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number
            ? RequiredInt64(root, "version", lineNumber)
            : null;
        return new RecordMessage(stream, record, extracted, version);
    }

    /// <summary>A RECORD's time_extracted: an ISO 8601 instant, UTC when it has no offset.</summary>
    public static bool TryParseTimeExtracted(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);

    private static SchemaMessage ParseSchema(JsonElement root, long lineNumber)
    {
        var stream = RequiredString(root, "stream", lineNumber);
        if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Object)
        {
            throw new SingerProtocolException(lineNumber, $"stream \"{stream}\": SCHEMA needs a \"schema\" object");
        }

        var keys = StringArray(root, "key_properties", stream, lineNumber);
        var bookmarks = StringArray(root, "bookmark_properties", stream, lineNumber);
        return new SchemaMessage(stream, schema, keys, bookmarks);
    }

    private static BatchMessage ParseBatch(JsonElement root, long lineNumber)
    {
        var stream = RequiredString(root, "stream", lineNumber);
        if (!root.TryGetProperty("encoding", out var encoding) || encoding.ValueKind != JsonValueKind.Object)
        {
            throw new SingerProtocolException(lineNumber, $"stream \"{stream}\": BATCH needs an \"encoding\" object");
        }

        var format = RequiredString(encoding, "format", lineNumber);
        var compression = encoding.TryGetProperty("compression", out var c) && c.ValueKind != JsonValueKind.Null
            ? RequiredString(encoding, "compression", lineNumber)
            : BatchEncoding.None;
        if (!root.TryGetProperty("manifest", out _))
        {
            throw new SingerProtocolException(lineNumber, $"stream \"{stream}\": BATCH needs a \"manifest\" array of file URIs");
        }

        var manifest = StringArray(root, "manifest", stream, lineNumber);
        long? version = root.TryGetProperty("version", out var v) && v.ValueKind != JsonValueKind.Null
            ? RequiredInt64(root, "version", lineNumber)
            : null;
        return new BatchMessage(stream, new BatchEncoding(format, compression), manifest, version);
    }

    private static StateMessage ParseState(JsonElement root, long lineNumber)
    {
        if (!root.TryGetProperty("value", out var value))
        {
            throw new SingerProtocolException(lineNumber, "STATE needs a \"value\"");
        }

        return new StateMessage(value);
    }

    private static string[] StringArray(JsonElement root, string name, string stream, long lineNumber)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new SingerProtocolException(lineNumber, $"stream \"{stream}\": \"{name}\" must be an array of strings");
        }

        var result = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new SingerProtocolException(lineNumber, $"stream \"{stream}\": \"{name}\" must be an array of strings");
            }

            result[i++] = item.GetString()!;
        }

        return result;
    }

    private static string RequiredString(JsonElement root, string name, long lineNumber)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            throw new SingerProtocolException(lineNumber, $"missing \"{name}\"");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new SingerProtocolException(lineNumber, $"\"{name}\" must be a string, found {JsonKinds.Describe(value.ValueKind)}");
        }

        return value.GetString()!;
    }

    private static long RequiredInt64(JsonElement root, string name, long lineNumber)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            throw new SingerProtocolException(lineNumber, $"\"{name}\" must be an integer");
        }

        return number;
    }
}
