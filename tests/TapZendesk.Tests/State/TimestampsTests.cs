using System.Text;
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
        Seconds(json).ShouldBe(seconds);
    }

    [Fact]
    public void Reads_nothing_from_null_or_garbage()
    {
        new[] { "null", "\"soon\"", "true" }.Select(Seconds).ShouldAllBe(s => s == null);
    }

    [Fact]
    public void Writes_whole_seconds_without_fraction_and_keeps_a_fraction_when_there_is_one()
    {
        Timestamps.Format(new DateTimeOffset(2024, 1, 2, 1, 1, 0, TimeSpan.Zero)).ShouldBe("2024-01-02T01:01:00Z");
        Timestamps.Format(new DateTimeOffset(2024, 1, 2, 1, 1, 0, 500, TimeSpan.Zero)).ShouldBe("2024-01-02T01:01:00.500000Z");
    }

    private static long? Seconds(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return Timestamps.Time(ref reader)?.ToUnixTimeSeconds();
    }
}
