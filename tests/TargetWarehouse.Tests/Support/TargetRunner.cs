using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Zendesk.Singer.Target.Cli;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>Runs the program's own entry point in process, with stdin, stdout and stderr in memory.</summary>
internal static class TargetRunner
{
    public static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static Task<TargetResult> RunAsync(TestEngine engine, string input, JsonObject? settings = null, Stream? output = null) =>
        RunAsync(Merge(engine.Config(), settings), input, output);

    public static async Task<TargetResult> RunAsync(JsonObject config, string input, Stream? output = null)
    {
        var configPath = Path.Combine(Path.GetTempPath(), $"tw-config-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(configPath, config.ToJsonString());
        try
        {
            return await RunArgsAsync(["--config", configPath], input, output);
        }
        finally
        {
            File.Delete(configPath);
        }
    }

    public static async Task<TargetResult> RunArgsAsync(string[] args, string input, Stream? output = null)
    {
        var stdout = output ?? new MemoryStream();
        var stderr = new StringWriter();
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input));
        var code = await TargetCommandLine.RunAsync(args, stdin, stdout, stderr, new FakeTimeProvider(Now), CancellationToken.None);
        var lines = stdout is MemoryStream memory
            ? Encoding.UTF8.GetString(memory.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : [];
        return new TargetResult(code, lines, stderr.ToString());
    }

    public static JsonObject Merge(JsonObject config, JsonObject? settings)
    {
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value?.DeepClone();
        }

        return config;
    }

    /// <summary>Singer lines from compact JSON objects, one per line.</summary>
    public static string Lines(params JsonObject[] messages) => string.Join("\n", messages.Select(m => m.ToJsonString())) + "\n";
}
