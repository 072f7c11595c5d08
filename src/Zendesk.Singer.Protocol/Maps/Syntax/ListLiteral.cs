namespace Zendesk.Singer.Protocol.Maps.Syntax;

internal sealed record ListLiteral(IReadOnlyList<Node> Items, int Column) : Node(Column);
