using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Protocol.Maps.Evaluation;

/// <summary>Python's arithmetic and comparisons on <see cref="MapValues"/>; bools count as 0 and 1, as in Python.</summary>
internal static class Operators
{
    public static object? Arithmetic(string op, object? left, object? right)
    {
        if (op == "+" && left is string a && right is string b)
        {
            return a + b;
        }

        if (op == "+" && MapValues.Items(left) is { } first && MapValues.Items(right) is { } second && left is not string && right is not string)
        {
            return first.Concat(second).ToList();
        }

        if (op == "*" && (left, right) is (string, long or bool) or (long or bool, string))
        {
            var (s, n) = left is string l ? (l, Whole(right)) : ((string)right!, Whole(left));
            return n <= 0 ? "" : new StringBuilder(s.Length * (int)Math.Min(n, 1 << 20)).Insert(0, s, (int)Math.Min(n, 1 << 20)).ToString();
        }

        if (!IsNumber(left) || !IsNumber(right))
        {
            throw new MapEvaluationException($"unsupported operand types for {op}: '{MapValues.TypeName(left)}' and '{MapValues.TypeName(right)}'");
        }

        if (left is double || right is double || op == "/")
        {
            return Floating(op, AsDouble(left), AsDouble(right));
        }

        return Integral(op, Whole(left), Whole(right));
    }

    public static object? Negate(object? value) => value switch
    {
        double d => (object)(-d),
        long or bool => checked(-Whole(value)),
        _ => throw new MapEvaluationException($"bad operand type for unary -: '{MapValues.TypeName(value)}'"),
    };

    public static bool AreEqual(object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return left is double || right is double ? AsDouble(left) == AsDouble(right) : Whole(left) == Whole(right);
        }

        switch (left, right)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
            case (string a, string b):
                return string.Equals(a, b, StringComparison.Ordinal);
            case (JsonElement { ValueKind: JsonValueKind.Object } a, JsonElement { ValueKind: JsonValueKind.Object } b):
                return JsonElement.DeepEquals(a, b);
        }

        if (MapValues.Items(left) is { } first && MapValues.Items(right) is { } second)
        {
            var x = first.ToList();
            var y = second.ToList();
            return x.Count == y.Count && x.Zip(y).All(p => AreEqual(p.First, p.Second));
        }

        return false;
    }

    public static int Order(string op, object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return left is double || right is double ? AsDouble(left).CompareTo(AsDouble(right)) : Whole(left).CompareTo(Whole(right));
        }

        if (left is string a && right is string b)
        {
            return string.CompareOrdinal(a, b);
        }

        throw new MapEvaluationException($"'{op}' not supported between instances of '{MapValues.TypeName(left)}' and '{MapValues.TypeName(right)}'");
    }

    public static bool Contains(object? container, object? item)
    {
        switch (container)
        {
            case string text when item is string part:
                return text.Contains(part, StringComparison.Ordinal);
            case string:
                throw new MapEvaluationException($"'in <string>' requires string as left operand, not {MapValues.TypeName(item)}");
            case JsonElement { ValueKind: JsonValueKind.Object } obj:
                return item is string key && obj.TryGetProperty(key, out _);
        }

        return MapValues.Items(container) is { } items
            ? items.Any(i => AreEqual(i, item))
            : throw new MapEvaluationException($"argument of type '{MapValues.TypeName(container)}' is not iterable");
    }

    public static bool IsNumber(object? value) => value is long or double or bool;

    public static long Whole(object? value) => value switch
    {
        long n => n,
        bool b => b ? 1 : 0,
        _ => throw new MapEvaluationException($"'{MapValues.TypeName(value)}' object cannot be interpreted as an integer"),
    };

    public static double AsDouble(object? value) => value is double d ? d : Whole(value);

    private static object Integral(string op, long x, long y)
    {
        if (op is "%" or "//" && y == 0)
        {
            throw new MapEvaluationException("integer division or modulo by zero");
        }

        // Python rounds a quotient down and gives a remainder the divisor's sign.
        var floored = x % y != 0 && ((x < 0) != (y < 0));
        return op switch
        {
            "+" => checked(x + y),
            "-" => checked(x - y),
            "*" => checked(x * y),
            "//" => (x / y) - (floored ? 1 : 0),
            _ => (x % y) + (floored ? y : 0),
        };
    }

    private static double Floating(string op, double x, double y)
    {
        if (op is "/" or "%" or "//" && y == 0)
        {
            throw new MapEvaluationException("float division by zero");
        }

        return op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "/" => x / y,
            "//" => Math.Floor(x / y),
            _ => x - (y * Math.Floor(x / y)),
        };
    }
}
