namespace Zendesk.Singer.Target.Loading;

/// <summary>Input that cannot be loaded, named by its line: the run commits what came before and stops.</summary>
internal sealed class InputException(long lineNumber, string problem) : Exception($"line {lineNumber}: {problem}")
{
    public long LineNumber { get; } = lineNumber;
}
