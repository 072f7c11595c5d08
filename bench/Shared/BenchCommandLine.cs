using CommandLine;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Protocol.Cli;

namespace Zendesk.Singer.Bench;

/// <summary>
/// The benches' command lines, parsed as the programs parse theirs: <c>--help</c>, <c>--version</c>
/// and a mistyped option are answered alike (compiled into each bench).
/// </summary>
internal static class BenchCommandLine
{
    /// <param name="preamble">Lines above the options in <c>--help</c>: what the bench measures.</param>
    /// <returns>The options; or none, with the exit code once help, the version or a usage error is written.</returns>
    public static async Task<(T? Options, int ExitCode)> ParseAsync<T>(string[] args, string name, IReadOnlyList<string> preamble)
        where T : class
    {
        var parsed = CommandLineFront.Parse<T>(args);
        if (parsed is Parsed<T> ok)
        {
            return (ok.Value, 0);
        }

        var answer = CommandLineFront.Explain((NotParsed<T>)parsed, name, ProgramVersion.Of(typeof(T).Assembly), preamble);
        return (null, await answer.DeliverAsync(Console.OpenStandardOutput(), Console.Error));
    }
}
