using System.Diagnostics;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>Starts the built programs as their users do: real processes, real pipes.</summary>
internal static class Programs
{
    /// <summary>The dotnet host that runs this test (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessStartInfo Dll(string dll, IEnumerable<string> arguments, string workingDirectory) =>
        Command(DotnetHost, arguments.Prepend(dll), workingDirectory);

    public static ProcessStartInfo Command(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the SDK quiet and the runs independent of the machine's first-run state.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return start;
    }

    public static async Task<ProcessResult> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new ProcessResult(process.ExitCode, await output, await errors);
        }
        finally
        {
            Stop(process);
        }
    }

    public static void Stop(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited in between.
        }
    }
}
