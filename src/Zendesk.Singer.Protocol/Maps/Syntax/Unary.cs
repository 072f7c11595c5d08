namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <param name="Operator"><c>-</c>, <c>+</c> or <c>not</c>.</param>
internal sealed record Unary(string Operator, Node Operand, int Column) : Node(Column);
