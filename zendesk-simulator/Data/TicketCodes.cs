namespace Zendesk.Simulator.Data;

/// <summary>The byte codes in which tickets are stored, and the names Zendesk uses for them.</summary>
internal static class TicketCodes
{
    public const byte New = 0;
    public const byte Open = 1;
    public const byte Pending = 2;
    public const byte Hold = 3;
    public const byte Solved = 4;
    public const byte Closed = 5;

    public const byte NoPriority = 0;
    public const byte Urgent = 4;

    public const byte ChannelEmail = 1;
    public const byte ChannelApi = 2;
    public const byte ChannelRule = 6;

    public const byte FlagDeleted = 1;
    public const byte FlagAiAgent = 2;
    public const byte FlagCreatedLive = 4;

    public static readonly string[] Statuses = ["new", "open", "pending", "hold", "solved", "closed"];
    public static readonly string?[] Priorities = [null, "low", "normal", "high", "urgent"];
    public static readonly string?[] Types = [null, "question", "incident", "problem", "task"];
    public static readonly string[] Channels = ["web", "email", "api", "mobile", "chat", "voice", "rule"];
    public static readonly string[] ViaLabels = ["Web form", "Mail", "Web service", "Mobile", "Chat", "Voice", "Rule"];

    public static byte StatusCode(string name)
    {
        var at = Array.IndexOf(Statuses, name);
        return at >= 0 ? (byte)at : throw new ArgumentException($"Unknown ticket status '{name}'.", nameof(name));
    }

    public static byte PriorityCode(string? name)
    {
        var at = Array.IndexOf(Priorities, name);
        return at >= 0 ? (byte)at : throw new ArgumentException($"Unknown ticket priority '{name}'.", nameof(name));
    }

    public static byte TypeCode(string? name)
    {
        var at = Array.IndexOf(Types, name);
        return at >= 0 ? (byte)at : throw new ArgumentException($"Unknown ticket type '{name}'.", nameof(name));
    }
}
