using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Cli;

namespace Zendesk.Singer.Connection;

/// <summary>
/// Logs and progress for people (text) or machines (one JSON object per line), always on stderr:
/// stdout belongs to Singer messages. Every line passes through the redactor, so a secret that
/// slips into a message never leaves the process.
/// </summary>
internal sealed class ProgramLog(TextWriter output, LogFormat format, TimeProvider time) : IClientLog
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock _gate = new();
    private readonly SecretRedactor _redactor = new();

    public LogFormat OutputFormat => format;

    public void AddSecret(string? secret) => _redactor.Add(secret);

    public string Redact(string text) => _redactor.Redact(text);

    public void Info(string message, params (string Key, object? Value)[] fields) => Write(LogLevel.Info, message, fields);

    public void Warn(string message, params (string Key, object? Value)[] fields) => Write(LogLevel.Warning, message, fields);

    public void Error(string message, params (string Key, object? Value)[] fields) => Write(LogLevel.Error, message, fields);

    public void Metric(string type, string metric, double value, params (string Key, object? Value)[] tags)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            if (format == LogFormat.Json)
            {
                JsonLogLine.Begin(json, time.GetUtcNow(), "info", "METRIC");
                json.WritePropertyName("metric_point");
            }

            WriteMetric(json, type, metric, value, tags);
            if (format == LogFormat.Json)
            {
                json.WriteEndObject();
            }
        }

        var point = Encoding.UTF8.GetString(buffer.ToArray());
        var line = _redactor.Redact(format == LogFormat.Json ? point : $"{time.GetUtcNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture)} METRIC: {point}");
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    public void Write(LogLevel level, string message, (string Key, object? Value)[] fields)
    {
        var line = _redactor.Redact(format == LogFormat.Json ? AsJson(level, message, fields) : AsText(level, message, fields));
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private string AsText(LogLevel level, string message, (string Key, object? Value)[] fields)
    {
        var text = new StringBuilder();
        text.Append(time.GetUtcNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        text.Append(level switch
        {
            LogLevel.Warning => " WARNING ",
            LogLevel.Error => " ERROR ",
            _ => " ",
        });
        text.Append(message);
        foreach (var (key, value) in fields)
        {
            text.Append(' ').Append(key).Append('=').Append(Format(value));
        }

        return text.ToString();
    }

    private string AsJson(LogLevel level, string message, (string Key, object? Value)[] fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            JsonLogLine.Begin(json, time.GetUtcNow(), level.ToString().ToLowerInvariant(), message);
            foreach (var (key, value) in fields)
            {
                switch (value)
                {
                    case null:
                        json.WriteNull(key);
                        break;
                    case int or long:
                        json.WriteNumber(key, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                        break;
                    case double or decimal:
                        json.WriteNumber(key, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                        break;
                    case bool b:
                        json.WriteBoolean(key, b);
                        break;
                    default:
                        json.WriteString(key, Format(value));
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteMetric(Utf8JsonWriter json, string type, string metric, double value, (string Key, object? Value)[] tags)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("metric", metric);
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            json.WriteNumber("value", (long)value);
        }
        else
        {
            json.WriteNumber("value", Math.Round(value, 6));
        }

        json.WriteStartObject("tags");
        foreach (var (key, tag) in tags)
        {
            switch (tag)
            {
                case null:
                    json.WriteNull(key);
                    break;
                case int or long:
                    json.WriteNumber(key, Convert.ToInt64(tag, CultureInfo.InvariantCulture));
                    break;
                default:
                    json.WriteString(key, Format(tag));
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        TimeSpan t => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s",
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
