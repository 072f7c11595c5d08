using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>
/// The JSON schema of a property an expression computes, read from the expression without running
/// it. Hashes, <c>str()</c> and string methods give strings; <c>int()</c> and <c>len()</c> integers;
/// <c>float()</c> numbers; <c>bool()</c>, comparisons and <c>not</c> booleans; a property taken as it is
/// keeps its schema; literals their own type; arithmetic follows its operands. Otherwise, as the
/// Meltano SDK: the property's schema when it exists already, else a string.
/// </summary>
internal static class SchemaInference
{
    public static JsonNode For(Node expression, string property, JsonObject sourceProperties)
    {
        var inferred = Infer(expression, property, sourceProperties);
        return inferred ?? sourceProperties[property]?.DeepClone() ?? Typed("string");
    }

    private static JsonNode? Infer(Node node, string property, JsonObject source)
    {
        switch (node)
        {
            case FunctionCall { Name: "md5" or "sha256" or "str" }:
                return Typed("string");
            case FunctionCall { Name: "int" or "len" }:
                return Typed("integer");
            case FunctionCall { Name: "float" }:
                return Typed("number");
            case FunctionCall { Name: "bool" } or Comparison or Unary { Operator: "not" }:
                return Typed("boolean");
            case MethodCall { Name: "lower" or "upper" or "strip" or "lstrip" or "rstrip" or "replace" }:
                return Typed("string");
            case MethodCall { Name: "startswith" or "endswith" }:
                return Typed("boolean");
            case MethodCall { Name: "split" }:
                return new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = new JsonObject { ["type"] = "string" } };
            case MethodCall { Name: "get", Target: NameRef { Name: NameRef.Record or NameRef.RecordShort }, Arguments: [Literal { Value: string key }, ..] }:
                return source[key]?.DeepClone();
            case Subscript { Target: NameRef { Name: NameRef.Record or NameRef.RecordShort }, Index: Literal { Value: string key } }:
                return source[key]?.DeepClone();
            case NameRef { Name: NameRef.Self }:
                return source[property]?.DeepClone();
            case NameRef { Name: NameRef.Record or NameRef.RecordShort }:
                return new JsonObject { ["type"] = new JsonArray("object", "null"), ["properties"] = source.DeepClone() };
            case NameRef { Name: NameRef.StreamName or NameRef.OriginalStreamName }:
                return Typed("string");
            case NameRef name:
                return source[name.Name]?.DeepClone();
            case Literal { Value: string }:
                return Typed("string");
            case Literal { Value: long }:
                return Typed("integer");
            case Literal { Value: double }:
                return Typed("number");
            case Literal { Value: bool }:
                return Typed("boolean");
            case Unary { Operator: "-" or "+" } sign:
                return Infer(sign.Operand, property, source);
            case Binary binary:
                return Arithmetic(binary, property, source);
            case Conditional conditional:
                return Either(conditional.Then, conditional.Otherwise, property, source);
            case Logical logical:
                return Either(logical.Left, logical.Right, property, source);
            default:
                return null;
        }
    }

    private static JsonNode? Arithmetic(Binary binary, string property, JsonObject source)
    {
        var left = BaseType(Infer(binary.Left, property, source));
        var right = BaseType(Infer(binary.Right, property, source));
        return (binary.Operator, left, right) switch
        {
            ("+", "string", "string") => Typed("string"),
            ("/", "integer" or "number", "integer" or "number") => Typed("number"),
            (_, "integer", "integer") => Typed("integer"),
            (_, "integer" or "number", "integer" or "number") => Typed("number"),
            _ => null,
        };
    }

    /// <summary>Both branches' schema when they agree; a None branch leaves the other's.</summary>
    private static JsonNode? Either(Node first, Node second, string property, JsonObject source)
    {
        if (first is Literal { Value: null })
        {
            return Infer(second, property, source);
        }

        if (second is Literal { Value: null })
        {
            return Infer(first, property, source);
        }

        var a = Infer(first, property, source);
        var b = Infer(second, property, source);
        return a is not null && b is not null && (JsonNode.DeepEquals(a, b) || BaseType(a) == BaseType(b) && BaseType(a) is "string" or "integer" or "number" or "boolean") ? a : null;
    }

    /// <summary>The first type of a schema other than null.</summary>
    private static string? BaseType(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var type) => type,
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => null,
    };

    private static JsonObject Typed(string type) => new() { ["type"] = new JsonArray(type, "null") };
}
