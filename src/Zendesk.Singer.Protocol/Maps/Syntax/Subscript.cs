namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary><c>target[index]</c>: a property of an object, an item of a list, a character of a string.</summary>
internal sealed record Subscript(Node Target, Node Index, int Column) : Node(Column);
