namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>A number (long or double), string, True, False or None written in the expression.</summary>
internal sealed record Literal(object? Value, int Column) : Node(Column);
