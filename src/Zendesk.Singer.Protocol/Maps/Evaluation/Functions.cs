using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Protocol.Maps.Evaluation;

/// <summary>What the functions and methods of <see cref="Syntax.Builtins"/> do, as their Python namesakes.</summary>
internal static class Functions
{
    public static object? Call(string name, IReadOnlyList<object?> args) => name switch
    {
        "md5" => Digest(name, args[0], MD5.HashData),
        "sha256" => Digest(name, args[0], SHA256.HashData),
        "str" => args.Count == 0 ? "" : MapValues.Text(args[0]),
        "int" => args.Count == 0 ? 0L : ToInt(args[0]),
        "float" => args.Count == 0 ? 0.0 : ToFloat(args[0]),
        "bool" => args.Count != 0 && MapValues.Truthy(args[0]),
        "len" => Length(args[0]),
        _ => throw new MapEvaluationException($"unknown function \"{name}\""),
    };

    public static object? CallMethod(object? target, string name, IReadOnlyList<object?> args)
    {
        if (name == "get")
        {
            return target is JsonElement { ValueKind: JsonValueKind.Object } obj
                ? obj.TryGetProperty(Key(args[0]), out var value) ? MapValues.FromJson(value) : args.ElementAtOrDefault(1)
                : throw NoMethod(target, name);
        }

        if (target is not string text)
        {
            throw NoMethod(target, name);
        }

        return name switch
        {
            "lower" => text.ToLowerInvariant(),
            "upper" => text.ToUpperInvariant(),
            "strip" => args.Count == 0 || args[0] is null ? text.Trim() : text.Trim(Chars(args[0], name)),
            "lstrip" => args.Count == 0 || args[0] is null ? text.TrimStart() : text.TrimStart(Chars(args[0], name)),
            "rstrip" => args.Count == 0 || args[0] is null ? text.TrimEnd() : text.TrimEnd(Chars(args[0], name)),
            "startswith" => text.StartsWith(Argument(args[0], name), StringComparison.Ordinal),
            "endswith" => text.EndsWith(Argument(args[0], name), StringComparison.Ordinal),
            "replace" => Replace(text, Argument(args[0], name), Argument(args[1], name)),
            "split" => Split(text, args.Count > 0 ? args[0] : null, args.Count > 1 ? Operators.Whole(args[1]) : -1),
            _ => throw NoMethod(target, name),
        };
    }

    private static string? Digest(string name, object? value, Func<byte[], byte[]> hash) => value switch
    {
        null => null,
        string text => Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(text))),
        _ => throw new MapEvaluationException($"{name}() needs a string, not '{MapValues.TypeName(value)}' (use {name}(str(...)))"),
    };

    private static long ToInt(object? value) => value switch
    {
        long or bool => Operators.Whole(value),
        double d when double.IsFinite(d) => (long)Math.Truncate(d),
        double d => throw new MapEvaluationException($"cannot convert float {MapValues.Text(d)} to integer"),
        string s when long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        string s => throw new MapEvaluationException($"invalid literal for int(): '{s}'"),
        _ => throw new MapEvaluationException($"int() argument must be a string or a number, not '{MapValues.TypeName(value)}'"),
    };

    private static double ToFloat(object? value)
    {
        switch (value)
        {
            case double d:
                return d;
            case long or bool:
                return Operators.Whole(value);
            case string s:
                var trimmed = s.Trim();
                if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                return trimmed.ToLowerInvariant() switch
                {
                    "nan" or "+nan" or "-nan" => double.NaN,
                    "inf" or "+inf" or "infinity" or "+infinity" => double.PositiveInfinity,
                    "-inf" or "-infinity" => double.NegativeInfinity,
                    _ => throw new MapEvaluationException($"could not convert string to float: '{s}'"),
                };
            default:
                throw new MapEvaluationException($"float() argument must be a string or a number, not '{MapValues.TypeName(value)}'");
        }
    }

    private static long Length(object? value) => value switch
    {
        // Python counts code points, not UTF-16 units.
        string s => s.EnumerateRunes().LongCount(),
        JsonElement { ValueKind: JsonValueKind.Object } obj => obj.EnumerateObject().LongCount(),
        _ when MapValues.Items(value) is { } items => items.LongCount(),
        _ => throw new MapEvaluationException($"object of type '{MapValues.TypeName(value)}' has no len()"),
    };

    private static string Replace(string text, string old, string replacement) =>
        old.Length == 0
            ? replacement + string.Join(replacement, text.EnumerateRunes().Select(r => r.ToString())) + (text.Length > 0 ? replacement : "")
            : text.Replace(old, replacement, StringComparison.Ordinal);

    private static List<object?> Split(string text, object? separator, long max)
    {
        var count = max < 0 ? int.MaxValue : (int)Math.Min(max + 1, int.MaxValue);
        if (separator is null)
        {
            // Without a separator Python splits on runs of whitespace and drops empty parts.
            return [.. text.Split((char[]?)null, count, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        var sep = Argument(separator, "split");
        return sep.Length == 0
            ? throw new MapEvaluationException("empty separator")
            : [.. text.Split(sep, count, StringSplitOptions.None)];
    }

    private static string Argument(object? value, string method) =>
        value as string ?? throw new MapEvaluationException($"{method}() argument must be str, not '{MapValues.TypeName(value)}'");

    private static char[] Chars(object? value, string method) => Argument(value, method).ToCharArray();

    private static string Key(object? value) =>
        value as string ?? throw new MapEvaluationException($"a key must be a string, not '{MapValues.TypeName(value)}'");

    private static MapEvaluationException NoMethod(object? target, string name) =>
        new($"'{MapValues.TypeName(target)}' object has no method '{name}'");
}
