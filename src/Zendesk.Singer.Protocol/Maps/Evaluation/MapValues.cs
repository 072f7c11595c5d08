using System.Globalization;
using System.Text.Json;

namespace Zendesk.Singer.Protocol.Maps.Evaluation;

/// <summary>
/// The values expressions compute with, as Python sees them: null (None), bool, long (int), double
/// (float), string, a list, and JSON objects and arrays kept as <see cref="JsonElement"/>.
/// </summary>
internal static class MapValues
{
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        _ => element,
    };

    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        long => "int",
        double => "float",
        string => "str",
        List<object?> => "list",
        JsonElement { ValueKind: JsonValueKind.Array } => "list",
        _ => "dict",
    };

    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long n => n != 0,
        double d => d != 0,
        string s => s.Length > 0,
        List<object?> list => list.Count > 0,
        JsonElement { ValueKind: JsonValueKind.Array } array => array.GetArrayLength() > 0,
        JsonElement element => element.EnumerateObject().Any(),
        _ => true,
    };

    /// <summary>Python's <c>str()</c>; JSON objects and arrays are given as JSON text.</summary>
    public static string Text(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long n => n.ToString(CultureInfo.InvariantCulture),
        double d => FloatText(d),
        string s => s,
        List<object?> list => "[" + string.Join(", ", list.Select(Repr)) + "]",
        JsonElement element => element.GetRawText(),
        _ => value.ToString() ?? "",
    };

    /// <summary>Items of a list or JSON array, or null when the value is neither.</summary>
    public static IEnumerable<object?>? Items(object? value) => value switch
    {
        List<object?> list => list,
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(FromJson),
        _ => null,
    };

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long n:
                writer.WriteNumberValue(n);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case double d:
                throw new MapEvaluationException($"{FloatText(d)} cannot be written as JSON");
            case string s:
                writer.WriteStringValue(s);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
        }
    }

    private static string Repr(object? value) => value is string s ? "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'" : Text(value);

    /// <summary>Python's repr of a float: a whole number keeps ".0", exponents are written e+XX.</summary>
    private static string FloatText(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        if (d == Math.Floor(d) && Math.Abs(d) < 1e16)
        {
            return (d == 0 && double.IsNegative(d) ? "-0" : d.ToString("0", CultureInfo.InvariantCulture)) + ".0";
        }

        return d.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
    }
}
