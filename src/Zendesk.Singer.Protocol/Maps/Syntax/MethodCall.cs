namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>A call of one of the <see cref="Builtins.Methods"/> on a value: <c>email.lower()</c>.</summary>
internal sealed record MethodCall(Node Target, string Name, IReadOnlyList<Node> Arguments, int Column) : Node(Column);
