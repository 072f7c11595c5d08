using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>JSON Schema → column type: a union of types widens to the narrowest column that holds them all.</summary>
internal static class TypeMapper
{
    private const int MaxDecimalScale = 18;
    private const JsonTypes Structured = JsonTypes.Object | JsonTypes.Array;
    private const JsonTypes Numbers = JsonTypes.Integer | JsonTypes.Number;

    public static ColumnType ColumnTypeOf(SchemaNode node)
    {
        var types = node.Types & ~JsonTypes.Null;
        if (types == JsonTypes.None)
        {
            return ColumnType.Text;
        }

        if (types == (JsonTypes.Any & ~JsonTypes.Null))
        {
            return ColumnType.Json;
        }

        if ((types & Structured) != 0)
        {
            return (types & ~Structured) == 0 ? ColumnType.Json : ColumnType.Text;
        }

        if (types == JsonTypes.Boolean)
        {
            return ColumnType.Boolean;
        }

        if (types == JsonTypes.Integer)
        {
            return ColumnType.BigInt;
        }

        if ((types & ~Numbers) == 0)
        {
            return DecimalOrDouble(node.MultipleOf);
        }

        if (types == JsonTypes.String)
        {
            return node.Format switch
            {
                StringFormat.DateTime => ColumnType.Timestamp,
                StringFormat.Date => ColumnType.Date,
                _ => ColumnType.Text,
            };
        }

        return ColumnType.Text;
    }

    /// <summary>A <c>multipleOf</c> such as 0.01 asks for exact decimals with that many places.</summary>
    private static ColumnType DecimalOrDouble(decimal? multipleOf)
    {
        if (multipleOf is not { } step)
        {
            return ColumnType.Double;
        }

        var scale = (step / 1.000000000000000000000000000000000m).Scale;
        return scale <= MaxDecimalScale ? ColumnType.Decimal(scale) : ColumnType.Double;
    }
}
