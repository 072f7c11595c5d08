namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>A call of one of the <see cref="Builtins.Functions"/>.</summary>
internal sealed record FunctionCall(string Name, IReadOnlyList<Node> Arguments, int Column) : Node(Column);
