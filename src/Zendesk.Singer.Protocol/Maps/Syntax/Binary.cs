namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <param name="Operator">An arithmetic operator: <c>+ - * / // %</c>.</param>
internal sealed record Binary(string Operator, Node Left, Node Right, int Column) : Node(Column);
