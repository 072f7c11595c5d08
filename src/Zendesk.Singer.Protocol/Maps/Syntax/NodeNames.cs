namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>The bare names an expression uses, at any depth.</summary>
internal static class NodeNames
{
    public static IEnumerable<string> Of(Node node) => node switch
    {
        NameRef name => [name.Name],
        ListLiteral list => list.Items.SelectMany(Of),
        Subscript subscript => Of(subscript.Target).Concat(Of(subscript.Index)),
        FunctionCall call => call.Arguments.SelectMany(Of),
        MethodCall method => Of(method.Target).Concat(method.Arguments.SelectMany(Of)),
        Unary unary => Of(unary.Operand),
        Binary binary => Of(binary.Left).Concat(Of(binary.Right)),
        Logical logical => Of(logical.Left).Concat(Of(logical.Right)),
        Conditional conditional => Of(conditional.Test).Concat(Of(conditional.Then)).Concat(Of(conditional.Otherwise)),
        Comparison comparison => comparison.Operands.SelectMany(Of),
        _ => [],
    };
}
