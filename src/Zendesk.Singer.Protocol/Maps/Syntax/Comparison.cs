namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>A chain of comparisons, as Python reads <c>a &lt; b &lt;= c</c>: each pair in turn, all must hold.</summary>
/// <param name="Operators"><c>== != &lt; &lt;= &gt; &gt;= in</c>, <c>not in</c>, <c>is</c>, <c>is not</c>, one per operand after the first.</param>
internal sealed record Comparison(IReadOnlyList<Node> Operands, IReadOnlyList<string> Operators, int Column) : Node(Column);
