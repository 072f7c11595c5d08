using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Singer.Target.Tests.Support;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>Values through each engine's bulk path, written once and run against both engines.</summary>
public abstract class BulkLoadTests(EngineKind engineKind)
{
    [Fact]
    public async Task Edge_values_of_every_type_are_stored_exactly()
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject
        {
            ["id"] = Type("integer"),
            ["amount"] = new JsonObject { ["type"] = new JsonArray("null", "number"), ["multipleOf"] = 0.01 },
            ["ratio"] = Type("null", "number"),
            ["flag"] = Type("null", "boolean"),
            ["day"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["format"] = "date" },
            ["at"] = new JsonObject { ["type"] = new JsonArray("null", "string"), ["format"] = "date-time" },
            ["text"] = Type("null", "string"),
        };
        var longText = new string('x', 70_000);

        var result = await TargetRunner.RunAsync(
            engine,
            Lines(
                Schema("edges", properties, "id"),
                Record("edges", new() { ["id"] = -9_223_372_036_854_775_807, ["amount"] = -19.99, ["ratio"] = -0.5, ["flag"] = true, ["day"] = "1969-12-31", ["at"] = "1969-07-20T20:17:40.123456Z", ["text"] = string.Empty }),
                Record("edges", new() { ["id"] = 9_007_199_254_740_993, ["amount"] = 123_456_789_012_345_678.91m, ["ratio"] = 1.5e10, ["flag"] = false, ["day"] = "1900-01-01", ["at"] = "1900-01-01T00:00:00Z", ["text"] = "abcdefghijkl" }),
                Record("edges", new() { ["id"] = 3, ["amount"] = -98_765_432_109_876_543.21m, ["day"] = "2024-02-29", ["at"] = "2024-05-06T07:08:09.000001+02:00", ["text"] = "abcdefghijklm" }),
                Record("edges", new() { ["id"] = 4, ["amount"] = 0, ["text"] = longText }),
                Record("edges", new() { ["id"] = 5, ["text"] = "Zoë ✓" }),
                Record("edges", new() { ["id"] = 6, ["amount"] = 0.01 }),
                Record("edges", new() { ["id"] = 7, ["amount"] = 10_000 }),
                Record("edges", new() { ["id"] = 8, ["amount"] = 1234.5 }),
                Record("edges", new() { ["id"] = 9, ["amount"] = -0.05 })));

        result.ExitCode.ShouldBe(0, result.Error);
        (await engine.DumpAsync("edges")).RowTexts().ShouldBe(
        [
            "-9223372036854775807|-19.99|-0.5|true|1969-12-31|1969-07-20T20:17:40.123456Z|",
            "3|-98765432109876543.21|||2024-02-29|2024-05-06T05:08:09.000001Z|abcdefghijklm",
            "4|0.00|||||" + ValueText.Shorten(longText),
            "5||||||Zoë ✓",
            "6|0.01|||||",
            "7|10000.00|||||",
            "8|1234.50|||||",
            "9|-0.05|||||",
            "9007199254740993|123456789012345678.91|15000000000|false|1900-01-01|1900-01-01T00:00:00.000000Z|abcdefghijkl",
        ]);
    }

    [Fact]
    public async Task Thousands_of_rows_with_scattered_nulls_keep_every_value_in_its_row()
    {
        await using var engine = TestEngine.Create(engineKind);
        var properties = new JsonObject { ["id"] = Type("integer"), ["status"] = Type("null", "string"), ["score"] = Type("null", "integer") };
        var messages = new List<JsonObject> { Schema("tickets", properties, "id") };
        for (var id = 0; id < 5_000; id++)
        {
            messages.Add(Record("tickets", new() { ["id"] = id, ["status"] = id % 3 == 0 ? null : new string('s', id % 40) + id, ["score"] = id % 5 == 0 ? null : id * 7 }));
        }

        var result = await TargetRunner.RunAsync(engine, Lines(messages));

        result.ExitCode.ShouldBe(0, result.Error);
        var table = await engine.DumpAsync("tickets");
        table.Rows.Count.ShouldBe(5_000);
        foreach (var row in table.Rows)
        {
            var id = int.Parse(row[0]!, CultureInfo.InvariantCulture);
            row[1].ShouldBe(id % 3 == 0 ? null : new string('s', id % 40) + id);
            row[2].ShouldBe(id % 5 == 0 ? null : (id * 7).ToString(CultureInfo.InvariantCulture));
        }
    }
}
