using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Singer.Protocol.Cli;

namespace Zendesk.Singer.Target.Loading;

/// <summary>Everything the target tells people goes to stderr through here; stdout carries only STATE.</summary>
internal sealed class Reporter(TextWriter error, LogFormat format, TimeProvider time)
{
    private const string Prefix = "target-warehouse: ";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Info(string message) => Write("info", Prefix + message, message);

    public void Warning(string message) => Write("warning", Prefix + "warning: " + message, message);

    public void Error(string message) => Write("error", Prefix + "error: " + message, message);

    public void Summary(string destination, IReadOnlyCollection<StreamReport> streams, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Prefix}summary for {destination}\n");
        var width = Math.Max(6, streams.Select(s => s.Stream.Length).DefaultIfEmpty(0).Max());
        var tableWidth = Math.Max(5, streams.Select(s => s.Table.Length).DefaultIfEmpty(0).Max());
        text.Append(CultureInfo.InvariantCulture, $"  {"stream".PadRight(width)}  {"table".PadRight(tableWidth)}  {"records",10}  {"inserted",10}  {"updated",10}  {"unchanged",10}  {"appended",10}  {"deleted",10}  {"seconds",8}  {"rows/s",10}\n");
        foreach (var s in streams)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {s.Stream.PadRight(width)}  {s.Table.PadRight(tableWidth)}  {s.Records,10}  {s.Counts.Inserted,10}  {s.Counts.Updated,10}  {s.Counts.Unchanged,10}  {s.Counts.Appended,10}  {s.Counts.Deleted,10}  {s.Seconds,8:0.00}  {s.RowsPerSecond,10:0}\n");
        }

        var records = streams.Sum(s => s.Records);
        var seconds = elapsed.TotalSeconds;
        var rate = seconds > 0 ? records / seconds : 0;
        text.Append(CultureInfo.InvariantCulture, $"{Prefix}{records} records in {streams.Count} streams loaded in {seconds:0.00} s ({rate:0} records/s)");
        Write("info", text.ToString(), text.ToString().Replace(Prefix, string.Empty, StringComparison.Ordinal));
    }

    private void Write(string level, string line, string message)
    {
        if (format == LogFormat.Json)
        {
            line = AsJson(level, message);
        }

        lock (error)
        {
            error.WriteLine(line);
            error.Flush();
        }
    }

    private string AsJson(string level, string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            JsonLogLine.Begin(json, time.GetUtcNow(), level, message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
