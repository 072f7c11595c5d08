using Zendesk.Simulator.Faults;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>Every fault the simulator can inject is survived with no record lost or repeated.</summary>
public sealed class FaultTests
{
    public static TheoryData<string, string> Faults => new()
    {
        { "429 burst", "/api/v2/incremental/tickets" },
        { "500", "/api/v2/incremental/ticket_events" },
        { "502 with Retry-After", "/api/v2/tickets/" },
        { "503", "/api/v2/groups" },
        { "409", "/api/v2/incremental/organizations" },
        { "slow beyond the timeout", "/api/v2/incremental/users" },
        { "dropped connection", "/api/v2/incremental/tickets" },
        { "truncated body", "/api/v2/incremental/ticket_events" },
        { "truncated body", "/api/v2/tickets/" },
        { "429 burst", null! },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_sync_survives_the_fault_with_the_same_records(string fault, string? path)
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30);
        var setup = new TapSetup().With("page_size", 10).With("request_timeout", 1);
        var clean = await TapHarness.RunAsync(simulator, setup);

        Arm(simulator.Faults, fault, path);
        var faulty = await TapHarness.RunAsync(simulator, setup);

        faulty.ExitCode.ShouldBe(0, faulty.Stderr);
        simulator.Faults.Armed().ShouldBeEmpty();
        foreach (var stream in clean.RecordStreams)
        {
            var expected = clean.Records(stream).Select(r => StreamKinds.Identity(stream, r)).Order().ToList();
            var actual = faulty.Records(stream).Select(r => StreamKinds.Identity(stream, r)).Order().ToList();
            actual.ShouldBe(expected, customMessage: $"{stream} after {fault}");
        }

        faulty.Stderr.ShouldContain(fault.StartsWith("429", StringComparison.Ordinal) ? "429" : "retry", Case.Insensitive);
    }

    private static void Arm(FaultSwitches faults, string fault, string? path)
    {
        switch (fault)
        {
            case "429 burst":
                faults.RateLimitBurst(3, retryAfterSeconds: 1, pathPrefix: path);
                break;
            case "500":
                faults.ServerError(500, 2, pathPrefix: path);
                break;
            case "502 with Retry-After":
                faults.ServerError(502, 2, retryAfterSeconds: 1, pathPrefix: path);
                break;
            case "503":
                faults.ServerError(503, 1, pathPrefix: path);
                break;
            case "409":
                faults.Conflict(2, pathPrefix: path);
                break;
            case "slow beyond the timeout":
                faults.Slow(TimeSpan.FromSeconds(3), 1, pathPrefix: path);
                break;
            case "dropped connection":
                faults.Drop(2, pathPrefix: path);
                break;
            case "truncated body":
                faults.Truncate(2, pathPrefix: path);
                break;
            default:
                throw new ArgumentException(fault, nameof(fault));
        }
    }
}
