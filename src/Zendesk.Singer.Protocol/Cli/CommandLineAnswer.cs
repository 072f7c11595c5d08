namespace Zendesk.Singer.Protocol.Cli;

/// <summary>What a program says when its arguments end the run before any work: help, its version, or a usage error.</summary>
internal sealed record CommandLineAnswer(int ExitCode, string? Output, string? Error)
{
    /// <returns>The exit code.</returns>
    public async Task<int> DeliverAsync(Stream stdout, TextWriter stderr)
    {
        if (Output is not null)
        {
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Output));
            await stdout.FlushAsync();
        }

        if (Error is not null)
        {
            await stderr.WriteLineAsync(Error);
            await stderr.FlushAsync();
        }

        return ExitCode;
    }
}
