namespace Zendesk.Singer.Target.Batches;

/// <summary>The storage type of a column, independent of the engine; <see cref="Scale"/> only matters for decimals.</summary>
internal readonly record struct ColumnType(ColumnKind Kind, int Scale = 0)
{
    public const int DecimalPrecision = 38;

    public static readonly ColumnType BigInt = new(ColumnKind.BigInt);
    public static readonly ColumnType Double = new(ColumnKind.Double);
    public static readonly ColumnType Boolean = new(ColumnKind.Boolean);
    public static readonly ColumnType Timestamp = new(ColumnKind.Timestamp);
    public static readonly ColumnType Date = new(ColumnKind.Date);
    public static readonly ColumnType Text = new(ColumnKind.Text);
    public static readonly ColumnType Json = new(ColumnKind.Json);

    public static ColumnType Decimal(int scale) => new(ColumnKind.Decimal, scale);

    public bool IsNumeric => Kind is ColumnKind.BigInt or ColumnKind.Double or ColumnKind.Decimal;

    /// <summary>The narrowest type that holds every value of both: what a column becomes when its schema changes.</summary>
    public static ColumnType Widen(ColumnType a, ColumnType b)
    {
        if (a == b)
        {
            return a;
        }

        if (a.IsNumeric && b.IsNumeric)
        {
            if (a.Kind == ColumnKind.Double || b.Kind == ColumnKind.Double)
            {
                return Double;
            }

            return Decimal(Math.Max(a.Kind == ColumnKind.Decimal ? a.Scale : 0, b.Kind == ColumnKind.Decimal ? b.Scale : 0));
        }

        // Text holds anything (JSON values as their JSON text); every other mix also ends there.
        return Text;
    }

    /// <summary>The engine-neutral name used in reports, errors and tests.</summary>
    public override string ToString() => Kind switch
    {
        ColumnKind.BigInt => "integer",
        ColumnKind.Double => "number",
        ColumnKind.Decimal => $"decimal({DecimalPrecision},{Scale})",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Timestamp => "timestamp",
        ColumnKind.Date => "date",
        ColumnKind.Json => "json",
        _ => "text",
    };
}
