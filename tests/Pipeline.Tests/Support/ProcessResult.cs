namespace Zendesk.Singer.Pipeline.Tests.Support;

internal sealed record ProcessResult(int ExitCode, string Output, string Errors)
{
    public string Describe() => $"exit code {ExitCode}{Environment.NewLine}stdout: {Tail(Output)}{Environment.NewLine}stderr: {Tail(Errors)}";

    public static string Tail(string text) => text.Length <= 3000 ? text : "..." + text[^3000..];
}
