namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary><c>then if test else otherwise</c>.</summary>
internal sealed record Conditional(Node Test, Node Then, Node Otherwise, int Column) : Node(Column);
