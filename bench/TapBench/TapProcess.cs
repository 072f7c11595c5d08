using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Bench;

/// <summary>
/// Runs tap-zendesk as its own process, as users do, with stdout sent to /dev/null, so that its
/// speed and peak memory are its own and not the simulator's.
/// </summary>
internal static class TapProcess
{
    private static readonly string TapDll = typeof(TapProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "TapDll").Value!;

    /// <summary>What every batch file a bench run writes starts with, so that the bench can remove its own.</summary>
    public const string BatchPrefix = "tapbench-";

    public static JsonObject Config(SimulatorHost simulator, bool budgets, bool ticketFieldColumns = false, string? batchDirectory = null, string auditsSource = "per_ticket")
    {
        var config = new JsonObject
        {
            ["base_url"] = simulator.BaseUrl,
            ["email"] = simulator.Options.Email,
            ["api_token"] = simulator.Options.ApiToken,
            ["start_date"] = "2000-01-01T00:00:00Z",
            ["request_budgets"] = budgets,
            ["custom_ticket_fields_as_columns"] = ticketFieldColumns,
            ["ticket_audits_source"] = auditsSource,
        };
        if (batchDirectory is not null)
        {
            config["batch_config"] = TapBatchConfig.For(batchDirectory, BatchPrefix);
        }

        return config;
    }

    public static async Task<JsonNode> DiscoverAsync(SimulatorHost simulator, string folder, bool ticketFieldColumns = false)
    {
        var config = Write(folder, "config.json", Config(simulator, budgets: false, ticketFieldColumns));
        var catalog = Path.Combine(folder, "discovered.json");
        var (code, stderr) = await RunAsync($"--config {config} --discover", catalog);
        return code == 0 ? JsonNode.Parse(await File.ReadAllTextAsync(catalog))! : throw new InvalidOperationException($"discovery failed: {stderr}");
    }

    /// <summary>
    /// A sync of the streams selected in <paramref name="catalog"/> (all when null), budgets off; with
    /// <paramref name="batchDirectory"/> the records go to batch files there, removed after the run.
    /// </summary>
    public static async Task<RunFigures> SyncAsync(SimulatorHost simulator, string folder, JsonNode? catalog, bool ticketFieldColumns = false, string? batchDirectory = null)
    {
        try
        {
            var (figures, _) = await SyncAsync(simulator, folder, catalog, state: null, keepOutput: false, ticketFieldColumns, batchDirectory);
            return figures;
        }
        finally
        {
            if (batchDirectory is not null && Directory.Exists(batchDirectory))
            {
                foreach (var file in Directory.EnumerateFiles(batchDirectory, BatchPrefix + "*"))
                {
                    File.Delete(file);
                }
            }
        }
    }

    /// <summary>
    /// A sync from <paramref name="state"/>; with <paramref name="keepOutput"/> its messages go to a file
    /// rather than /dev/null, and the last STATE it wrote comes back.
    /// </summary>
    public static async Task<(RunFigures Figures, JsonNode? State)> SyncAsync(SimulatorHost simulator, string folder, JsonNode? catalog, JsonNode? state, bool keepOutput, bool ticketFieldColumns = false, string? batchDirectory = null, string auditsSource = "per_ticket")
    {
        var config = Write(folder, "config.json", Config(simulator, budgets: false, ticketFieldColumns, batchDirectory, auditsSource));
        var arguments = $"--config {config} --log-format json";
        if (catalog is not null)
        {
            arguments += $" --catalog {Write(folder, "catalog.json", catalog)}";
        }

        if (state is not null)
        {
            arguments += $" --state {Write(folder, "state.json", state)}";
        }

        var output = keepOutput ? Path.Combine(folder, "messages.jsonl") : "/dev/null";
        var (code, stderr) = await RunAsync(arguments, output);
        if (code != 0)
        {
            throw new InvalidOperationException($"the sync failed: {stderr}");
        }

        return (RunFigures.FromJsonLogs(stderr), keepOutput ? LastState(output) : null);
    }

    public static JsonNode SelectOnly(JsonNode catalog, params string[] streams)
    {
        var copy = catalog.DeepClone();
        foreach (var entry in copy["streams"]!.AsArray())
        {
            var name = entry!["tap_stream_id"]!.GetValue<string>();
            var stream = entry["metadata"]!.AsArray().First(m => m!["breadcrumb"]!.AsArray().Count == 0)!;
            stream["metadata"]!["selected"] = streams.Contains(name);
        }

        return copy;
    }

    private static JsonNode? LastState(string messages)
    {
        JsonNode? state = null;
        foreach (var line in File.ReadLines(messages))
        {
            if (line.StartsWith("{\"type\":\"STATE\"", StringComparison.Ordinal))
            {
                state = JsonNode.Parse(line)!["value"];
            }
        }

        File.Delete(messages);
        return state?.DeepClone();
    }

    private static async Task<(int Code, string Stderr)> RunAsync(string arguments, string stdoutPath)
    {
        // exec keeps one process, the tap's, with its stdout on a file rather than a pipe the bench must drain.
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet {TapDll} {arguments} > {stdoutPath}"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, stderr);
    }

    private static string Write(string folder, string name, JsonNode content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content.ToJsonString());
        return path;
    }
}
