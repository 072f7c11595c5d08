using System.Text.Json;
using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Maps.Evaluation;

/// <summary>Evaluates a parsed expression on one record. Nothing but the record, the map config and the built-ins is reachable.</summary>
internal static class Evaluator
{
    /// <exception cref="MapEvaluationException">The expression fails on this record.</exception>
    public static object? Evaluate(Node node, in MapScope scope)
    {
        switch (node)
        {
            case Literal literal:
                return literal.Value;
            case NameRef name:
                return Name(name.Name, scope);
            case ListLiteral list:
                var items = new List<object?>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    items.Add(Evaluate(item, scope));
                }

                return items;
            case Subscript subscript:
                return Index(Evaluate(subscript.Target, scope), Evaluate(subscript.Index, scope));
            case FunctionCall call:
                return Functions.Call(call.Name, Arguments(call.Arguments, scope));
            case MethodCall method:
                return Functions.CallMethod(Evaluate(method.Target, scope), method.Name, Arguments(method.Arguments, scope));
            case Unary { Operator: "not" } not:
                return !MapValues.Truthy(Evaluate(not.Operand, scope));
            case Unary { Operator: "-" } negate:
                return Operators.Negate(Evaluate(negate.Operand, scope));
            case Unary plus:
                var value = Evaluate(plus.Operand, scope);
                return Operators.IsNumber(value) ? value is bool ? Operators.Whole(value) : value : throw new MapEvaluationException($"bad operand type for unary +: '{MapValues.TypeName(value)}'");
            case Binary binary:
                return Operators.Arithmetic(binary.Operator, Evaluate(binary.Left, scope), Evaluate(binary.Right, scope));
            case Logical logical:
                var left = Evaluate(logical.Left, scope);
                return (logical.Operator == "and") != MapValues.Truthy(left) ? left : Evaluate(logical.Right, scope);
            case Conditional conditional:
                return Evaluate(MapValues.Truthy(Evaluate(conditional.Test, scope)) ? conditional.Then : conditional.Otherwise, scope);
            case Comparison comparison:
                return Compare(comparison, scope);
            default:
                throw new MapEvaluationException($"cannot evaluate {node.GetType().Name}");
        }
    }

    private static object? Name(string name, in MapScope scope)
    {
        switch (name)
        {
            case NameRef.Record or NameRef.RecordShort:
                return scope.Record;
            case NameRef.Config:
                return scope.Config;
            case NameRef.StreamName:
                return scope.StreamName;
            case NameRef.OriginalStreamName:
                return scope.OriginalStreamName;
            case NameRef.Self:
                return scope.Property is { } property && scope.Record.TryGetProperty(property, out var current)
                    ? MapValues.FromJson(current)
                    : null;
        }

        if (scope.Record.TryGetProperty(name, out var found))
        {
            return MapValues.FromJson(found);
        }

        return scope.Declared.Contains(name)
            ? null
            : throw new MapEvaluationException($"name '{name}' is not defined (not a property of the record)");
    }

    private static object? Index(object? target, object? index)
    {
        switch (target)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } obj:
                var key = index as string ?? throw new MapEvaluationException($"a key must be a string, not '{MapValues.TypeName(index)}'");
                return obj.TryGetProperty(key, out var value)
                    ? MapValues.FromJson(value)
                    : throw new MapEvaluationException($"key '{key}' not found (use .get('{key}') for a key that may be missing)");
            case string text:
                var runes = text.EnumerateRunes().ToList();
                return runes[Position(index, runes.Count, "string")].ToString();
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                return MapValues.FromJson(array[Position(index, array.GetArrayLength(), "list")]);
            case List<object?> list:
                return list[Position(index, list.Count, "list")];
            default:
                throw new MapEvaluationException($"'{MapValues.TypeName(target)}' object is not subscriptable");
        }
    }

    /// <summary>A Python index: negative counts from the end.</summary>
    private static int Position(object? index, int count, string what)
    {
        if (index is not (long or bool))
        {
            throw new MapEvaluationException($"{what} indices must be integers, not '{MapValues.TypeName(index)}'");
        }

        var i = Operators.Whole(index);
        var position = i < 0 ? i + count : i;
        return position >= 0 && position < count ? (int)position : throw new MapEvaluationException($"{what} index {i} out of range");
    }

    private static bool Compare(Comparison comparison, in MapScope scope)
    {
        var left = Evaluate(comparison.Operands[0], scope);
        for (var i = 0; i < comparison.Operators.Count; i++)
        {
            var right = Evaluate(comparison.Operands[i + 1], scope);
            var op = comparison.Operators[i];
            var holds = op switch
            {
                "==" => Operators.AreEqual(left, right),
                "!=" => !Operators.AreEqual(left, right),
                "in" => Operators.Contains(right, left),
                "not in" => !Operators.Contains(right, left),
                "is" => Same(left, right),
                "is not" => !Same(left, right),
                "<" => Operators.Order(op, left, right) < 0,
                "<=" => Operators.Order(op, left, right) <= 0,
                ">" => Operators.Order(op, left, right) > 0,
                _ => Operators.Order(op, left, right) >= 0,
            };
            if (!holds)
            {
                return false;
            }

            left = right;
        }

        return true;
    }

    /// <summary>Python's identity, for what expressions test it on: None, True and False.</summary>
    private static bool Same(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (bool a, bool b) => a == b,
        _ => false,
    };

    private static List<object?> Arguments(IReadOnlyList<Node> nodes, in MapScope scope)
    {
        var values = new List<object?>(nodes.Count);
        foreach (var node in nodes)
        {
            values.Add(Evaluate(node, scope));
        }

        return values;
    }
}
