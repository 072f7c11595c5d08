using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Connection;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>The table that closes a run on stderr: one row per stream, then the request totals.</summary>
internal static class Summary
{
    public static void Write(ProgramLog log, SyncResult result)
    {
        var rows = result.Streams.OrderBy(s => s.Stream, StringComparer.Ordinal).ToList();
        var width = Math.Max(6, rows.Count == 0 ? 0 : rows.Max(r => r.Stream.Length));
        // People read the table; machines read the same rows as fields.
        var table = log.OutputFormat == LogFormat.Text;
        if (table)
        {
            log.Info("summary " + Row(width, "stream", "records", "requests", "seconds", "status"));
        }

        foreach (var s in rows)
        {
            var status = s.Note is null ? Status(s.Status) : $"{Status(s.Status)} ({s.Note})";
            if (table)
            {
                log.Info("summary " + Row(width, s.Stream, Number(s.Records), Number(s.Requests), s.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), status));
                continue;
            }

            log.Info(
                "summary " + s.Stream,
                ("stream", s.Stream),
                ("records", s.Records),
                ("requests", s.Requests),
                ("seconds", Math.Round(s.Elapsed.TotalSeconds, 3)),
                ("status", status));
        }

        var counters = result.Requests;
        log.Info(
            "sync finished",
            ("records", result.Records),
            ("requests", counters.Requests),
            ("incremental_requests", counters.IncrementalRequests),
            ("help_center_requests", counters.HelpCenterRequests),
            ("retries", counters.Retries),
            ("rate_limit_waits", counters.RateLimitWaits),
            ("rate_limit_wait", counters.RateLimitWaitTime),
            ("budget_wait", counters.BudgetWaitTime),
            ("seconds", Math.Round(result.Elapsed.TotalSeconds, 3)),
            ("peak_memory_mb", PeakMemoryMegabytes()),
            ("cpu_seconds", Math.Round(CpuSeconds(), 3)));
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static long PeakMemoryMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }

    private static string Row(int width, string stream, string records, string requests, string seconds, string status)
    {
        var row = new StringBuilder();
        row.Append(stream.PadRight(width)).Append(" | ").Append(records.PadLeft(10)).Append(" | ")
            .Append(requests.PadLeft(8)).Append(" | ").Append(seconds.PadLeft(8)).Append(" | ").Append(status);
        return row.ToString();
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Status(StreamStatus status) => status.ToString().ToLowerInvariant();
}
