namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>An expression that cannot be read; the message ends with the column of the problem.</summary>
internal sealed class MapSyntaxException(string message, int column) : Exception($"{message} at column {column}")
{
    public int Column { get; } = column;
}
