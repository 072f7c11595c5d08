namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary><c>and</c> or <c>or</c>: as in Python, the value of the operand that decides, not a boolean.</summary>
internal sealed record Logical(string Operator, Node Left, Node Right, int Column) : Node(Column);
