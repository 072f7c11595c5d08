using System.Text.Json.Nodes;

namespace Zendesk.Singer.Bench;

/// <summary>What one tap run reported on stderr (JSON logs): totals and the per-stream summary rows.</summary>
internal sealed class RunFigures
{
    public long Records { get; private set; }

    public long Requests { get; private set; }

    public long IncrementalRequests { get; private set; }

    public long RateLimitWaits { get; private set; }

    public double Seconds { get; private set; }

    public long PeakMemoryMegabytes { get; private set; }

    public double CpuSeconds { get; private set; }

    /// <summary>The core budget the tap took from the account's announced limit ("auto"), or 0.</summary>
    public int AdoptedRequestsPerMinute { get; private set; }

    public Dictionary<string, (long Records, long Requests, double Seconds)> Streams { get; } = new(StringComparer.Ordinal);

    public static RunFigures FromJsonLogs(string stderr)
    {
        var figures = new RunFigures();
        foreach (var line in stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith('{') || JsonNode.Parse(line) is not JsonObject entry)
            {
                continue;
            }

            var message = entry["message"]?.GetValue<string>() ?? string.Empty;
            if (message == "sync finished")
            {
                figures.Records = entry["records"]!.GetValue<long>();
                figures.Requests = entry["requests"]!.GetValue<long>();
                figures.IncrementalRequests = entry["incremental_requests"]!.GetValue<long>();
                figures.RateLimitWaits = entry["rate_limit_waits"]!.GetValue<long>();
                figures.Seconds = entry["seconds"]!.GetValue<double>();
                figures.PeakMemoryMegabytes = entry["peak_memory_mb"]!.GetValue<long>();
                figures.CpuSeconds = entry["cpu_seconds"]!.GetValue<double>();
            }
            else if (message == "adopted the account's rate limit")
            {
                figures.AdoptedRequestsPerMinute = entry["requests_per_minute"]!.GetValue<int>();
            }
            else if (message.StartsWith("summary ", StringComparison.Ordinal) && entry["stream"] is { } stream)
            {
                figures.Streams[stream.GetValue<string>()] = (entry["records"]!.GetValue<long>(), entry["requests"]!.GetValue<long>(), entry["seconds"]!.GetValue<double>());
            }
        }

        return figures;
    }
}
