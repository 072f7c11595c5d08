using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Tests.Batches;

public sealed class ColumnTypeTests
{
    [Theory]
    [InlineData("integer", "integer", "integer")]
    [InlineData("integer", "number", "number")]
    [InlineData("integer", "decimal2", "decimal(38,2)")]
    [InlineData("decimal2", "decimal4", "decimal(38,4)")]
    [InlineData("decimal2", "number", "number")]
    [InlineData("integer", "text", "text")]
    [InlineData("timestamp", "date", "text")]
    [InlineData("json", "integer", "text")]
    [InlineData("boolean", "text", "text")]
    public void Widens_to_the_narrowest_type_that_holds_both(string a, string b, string expected)
    {
        ColumnType.Widen(Type(a), Type(b)).ToString().ShouldBe(expected);
        ColumnType.Widen(Type(b), Type(a)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Names_types_neutrally() =>
        new[] { ColumnType.BigInt, ColumnType.Double, ColumnType.Decimal(2), ColumnType.Boolean, ColumnType.Timestamp, ColumnType.Date, ColumnType.Text, ColumnType.Json }
            .Select(t => t.ToString())
            .ShouldBe(["integer", "number", "decimal(38,2)", "boolean", "timestamp", "date", "text", "json"]);

    private static ColumnType Type(string name) => name switch
    {
        "integer" => ColumnType.BigInt,
        "number" => ColumnType.Double,
        "decimal2" => ColumnType.Decimal(2),
        "decimal4" => ColumnType.Decimal(4),
        "boolean" => ColumnType.Boolean,
        "timestamp" => ColumnType.Timestamp,
        "date" => ColumnType.Date,
        "json" => ColumnType.Json,
        _ => ColumnType.Text,
    };
}
