using System.Text.Json;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Tests.State;

public sealed class TimestampsTests
{
    [Theory]
    [InlineData("\"2024-01-02T01:01:00Z\"", 1704157260)]
    [InlineData("\"2024-01-02T01:01:00.000000Z\"", 1704157260)]
    [InlineData("\"2024-01-02T02:01:00+01:00\"", 1704157260)]
    [InlineData("1704157260", 1704157260)]
    public void Reads_iso_strings_and_epoch_numbers(string json, long seconds)
    {
        using var document = JsonDocument.Parse(json);

        Timestamps.Seconds(document.RootElement).ShouldBe(seconds);
    }

    [Fact]
    public void Reads_nothing_from_null_or_garbage()
    {
        using var document = JsonDocument.Parse("""[null, "soon", true]""");

        document.RootElement.EnumerateArray().Select(Timestamps.Seconds).ShouldAllBe(s => s == null);
    }

    [Fact]
    public void Writes_whole_seconds_without_fraction_and_keeps_a_fraction_when_there_is_one()
    {
        Timestamps.Format(new DateTimeOffset(2024, 1, 2, 1, 1, 0, TimeSpan.Zero)).ShouldBe("2024-01-02T01:01:00Z");
        Timestamps.Format(new DateTimeOffset(2024, 1, 2, 1, 1, 0, 500, TimeSpan.Zero)).ShouldBe("2024-01-02T01:01:00.500000Z");
    }
}
