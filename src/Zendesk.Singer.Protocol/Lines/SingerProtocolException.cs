namespace Zendesk.Singer.Protocol.Lines;

/// <summary>A line of Singer input that cannot be understood; the message names the line.</summary>
internal sealed class SingerProtocolException : Exception
{
    public SingerProtocolException(long lineNumber, string problem)
        : base($"line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    public long LineNumber { get; }

    public string Problem { get; }
}
