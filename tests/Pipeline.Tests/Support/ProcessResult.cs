namespace Zendesk.Singer.Pipeline.Tests.Support;

internal sealed record ProcessResult(int ExitCode, string Output, string Errors)
{
    public string Describe() => $"exit code {ExitCode}{Environment.NewLine}stdout: {Tail(Output)}{Environment.NewLine}stderr: {Tail(Errors)}";

    /// <summary>The last of a program's output, after its error lines, which a long summary would push out of the tail.</summary>
    public static string Tail(string text)
    {
        if (text.Length <= 3000)
        {
            return text;
        }

        var errors = text.Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal) || l.Contains(" error: ", StringComparison.Ordinal)).Take(10);
        return string.Join('\n', errors) + "\n..." + text[^3000..];
    }
}
