namespace Zendesk.Singer.Protocol.Messages;

/// <summary>One Singer message: a line of a tap's output or a target's input.</summary>
internal abstract record SingerMessage
{
    /// <summary>The 1-based input line the message was read from, or 0 when it was built in memory.</summary>
    public long LineNumber { get; init; }
}
