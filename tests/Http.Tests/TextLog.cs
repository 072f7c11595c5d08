using System.Globalization;
using System.Text;

namespace Zendesk.Singer.Http.Tests;

/// <summary>
/// The client's log as a program keeps it: one line per call, <c>WARNING</c> before warnings, fields as
/// <c>key=value</c>, and every secret the client handed over blanked out.
/// </summary>
internal sealed class TextLog(TextWriter output) : IClientLog
{
    private readonly Lock _gate = new();
    private readonly SecretRedactor _redactor = new();

    public void AddSecret(string? secret) => _redactor.Add(secret);

    public string Redact(string text) => _redactor.Redact(text);

    public void Info(string message, params (string Key, object? Value)[] fields) => Write("INFO", message, fields);

    public void Warn(string message, params (string Key, object? Value)[] fields) => Write("WARNING", message, fields);

    public void Metric(string type, string metric, double value, params (string Key, object? Value)[] tags) =>
        Write("METRIC", $"{type} {metric} {value.ToString(CultureInfo.InvariantCulture)}", tags);

    private void Write(string level, string message, (string Key, object? Value)[] fields)
    {
        var text = new StringBuilder(level).Append(' ').Append(message);
        foreach (var (key, value) in fields)
        {
            text.Append(' ').Append(key).Append('=').Append(value switch
            {
                null => "null",
                TimeSpan t => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + "s",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
        }

        lock (_gate)
        {
            output.WriteLine(_redactor.Redact(text.ToString()));
        }
    }
}
