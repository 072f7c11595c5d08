using System.Diagnostics;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests;

/// <summary>The built executable, run as a user runs it: a process with stdin, stdout and stderr.</summary>
public sealed class ProgramTests
{
    private static string Executable => Path.Combine(AppContext.BaseDirectory, "target-warehouse");

    [Fact]
    public async Task The_executable_loads_a_golden_file_from_stdin_and_writes_its_state_on_stdout()
    {
        await using var engine = TestEngine.Create(EngineKind.DuckDb);
        var config = Path.Combine(Path.GetTempPath(), $"tw-exe-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(config, engine.Config().ToJsonString());
        try
        {
            var (code, output, error) = await RunAsync(["--config", config], await File.ReadAllTextAsync(Path.Combine(GoldenCase.Directory, "duplicate_keys_in_batch.singer")));

            code.ShouldBe(0, error);
            output.ShouldBe("{\"type\":\"STATE\",\"value\":{\"bookmarks\":{\"tickets\":{\"updated_at\":\"2024-01-01T00:00:05Z\"}}}}\n");
            error.ShouldContain("summary for DuckDB file");
            (await engine.CountAsync("tickets")).ShouldBe(3);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public async Task The_executable_exits_with_1_on_bad_input_and_2_on_a_bad_option()
    {
        await using var engine = TestEngine.Create(EngineKind.DuckDb);
        var config = Path.Combine(Path.GetTempPath(), $"tw-exe-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(config, engine.Config().ToJsonString());
        try
        {
            var bad = await RunAsync(["--config", config], "{\"type\":\"RECORD\",\"stream\":\"x\",\"record\":{}}\n");
            bad.Code.ShouldBe(1);
            bad.Error.ShouldContain("line 1: stream \"x\": RECORD before the stream's SCHEMA");

            var usage = await RunAsync(["--nope"], string.Empty);
            usage.Code.ShouldBe(2);
            usage.Output.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(config);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
