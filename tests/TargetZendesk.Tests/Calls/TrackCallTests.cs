using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Tests.Calls;

public sealed class TrackCallTests
{
    [Fact]
    public void Reads_the_event_its_properties_and_time()
    {
        var call = Read("""{"userId":"u-1","event":"Signed Up","properties":{"email":"ann@example.com","plan":"pro"},"timestamp":"2026-12-01T10:00:00+01:00"}""");

        call.Event.ShouldBe("Signed Up");
        call.Email.ShouldBe("ann@example.com");
        call.Properties!.Value.GetProperty("plan").GetString().ShouldBe("pro");
        call.Timestamp.ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Refuses_a_record_without_event_name() =>
        Should.Throw<CallRefusedException>(() => Read("""{"userId":"u-1"}""")).Field.ShouldBe("event");

    [Fact]
    public void Refuses_a_time_that_is_not_iso_8601() =>
        Should.Throw<CallRefusedException>(() => Read("""{"userId":"u-1","event":"x","timestamp":"yesterday"}""")).Field.ShouldBe("timestamp");

    [Fact]
    public void Refuses_a_record_that_names_no_user() =>
        Should.Throw<CallRefusedException>(() => Read("""{"event":"x","properties":{}}""")).Field.ShouldBe("userId");

    private static TrackCall Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return TrackCall.Read(document.RootElement);
    }
}
