using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>
/// The JSON-lines file of rejected records: each with its input line, stream, call and reason, and the
/// record as it came. Appended to, never truncated, so that no earlier run's rejects are lost; created
/// only when there is something to put in it.
/// </summary>
internal sealed class RejectsFile(string path)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Path => path;

    public long Written { get; private set; }

    public void Write(IEnumerable<InputCall> calls)
    {
        var rejected = calls.Where(c => c.Outcome == CallOutcome.Rejected).ToList();
        if (rejected.Count == 0)
        {
            return;
        }

        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        foreach (var call in rejected)
        {
            using (var json = new Utf8JsonWriter(file, Options))
            {
                json.WriteStartObject();
                json.WriteString("stream", call.Stream);
                json.WriteNumber("line", call.Line);
                json.WriteString("call", call.Kind.ToString().ToLowerInvariant());
                json.WriteString("reason", call.Reason);
                json.WritePropertyName("record");
                json.WriteRawValue(call.Record, skipInputValidation: true);
                json.WriteEndObject();
            }

            file.Write("\n"u8);
            Written++;
        }

        file.Flush(flushToDisk: true);
    }

    /// <summary>For the log: the reject's place and reason, without the record (which may hold personal data).</summary>
    public static string Describe(InputCall call) =>
        new StringBuilder().Append("line ").Append(call.Line).Append(": stream \"").Append(call.Stream).Append("\": ").Append(call.Reason).ToString();
}
