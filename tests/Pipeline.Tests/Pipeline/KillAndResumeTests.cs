using Xunit.Abstractions;
using Zendesk.Singer.Pipeline.Tests.Support;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

/// <summary>
/// Pipelines stopped the hard way (the tap, the target or both killed at random points, or a tap
/// that gives up under faults) and resumed from the last STATE the target printed, as a user would,
/// with the account changing between attempts: in the end every table holds what the account holds,
/// with no record lost and none stored twice, append-only tables included (target.json.example).
/// </summary>
public abstract class KillAndResumeTests(ITestOutputHelper output)
{
    private const int Trials = 7;
    private const int KillsPerTrial = 3;
    private const int Tickets = 80;

    private protected abstract Warehouse CreateWarehouse();

    [Fact]
    public async Task Runs_killed_at_random_points_and_resumed_from_the_last_printed_state_lose_nothing_and_store_nothing_twice()
    {
        // Seven trials of four pipeline runs each, over every stream: the time grows with the streams.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var ct = timeout.Token;
        var seed = Environment.GetEnvironmentVariable("ZS_KILL_SEED") is { } given ? int.Parse(given, System.Globalization.CultureInfo.InvariantCulture) : 20261205;
        output.WriteLine($"kill-and-resume seed {seed} (set ZS_KILL_SEED to replay another)");
        var random = new Random(seed);
        var lines = await LinesOfAFirstSyncAsync(ct);
        var kills = 0;

        for (var trial = 1; trial <= Trials; trial++)
        {
            await using var simulator = await StartSimulatorAsync(ct);
            await using var warehouse = CreateWarehouse();
            using var workspace = new PipelineWorkspace(simulator, warehouse);
            var expected = SimulatorRecords.Snapshot(simulator);
            var remaining = lines;
            var story = new List<string>();
            for (var k = 0; k < KillsPerTrial && remaining > 40; k++)
            {
                var kill = new PipelineKill(random.NextInt64(1, (long)(remaining * 0.8)), (PipelineVictim)random.Next(3));
                var run = await workspace.RunAsync(ct, kill);
                story.Add($"{kill}: tap {run.TapExitCode}, target {run.TargetExitCode}");
                kill.Done.ShouldBeTrue($"trial {trial} (seed {seed}): the run ended before the kill point {kill.AfterLines}; {run.Describe()}");
                kills++;
                remaining -= kill.AfterLines;

                if (random.Next(2) == 0)
                {
                    AccountChanges.Apply(simulator, deleting: false);
                    simulator.Clock.Advance(TimeSpan.FromMinutes(2));
                    expected = expected.Then(SimulatorRecords.Snapshot(simulator));
                    story.Add("account changed");
                }
            }

            var last = await workspace.RunAsync(ct);
            last.Succeeded.ShouldBeTrue($"trial {trial} (seed {seed}), after {string.Join("; ", story)}: {last.Describe()}");
            expected = expected.Then(SimulatorRecords.Snapshot(simulator));
            try
            {
                await WarehouseAssert.HoldsExactlyAsync(warehouse, expected, ct);
            }
            catch (ShouldAssertException e)
            {
                throw new ShouldAssertException($"trial {trial} (seed {seed}), after {string.Join("; ", story)} (every run's pipe and logs kept in {workspace.Keep()}):{Environment.NewLine}{e.Message}");
            }
        }

        kills.ShouldBeGreaterThanOrEqualTo(20, $"seed {seed}");
    }

    [Fact]
    public async Task Runs_that_give_up_under_faults_and_are_resumed_lose_nothing_and_store_nothing_twice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ct = timeout.Token;
        await using var simulator = await StartSimulatorAsync(ct);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);
        var expected = SimulatorRecords.Snapshot(simulator);

        // Every try at one ticket's audits fails, deep in the export: the tap gives up there, twice.
        foreach (var ticket in new[] { 10000000060L, 10000000075L })
        {
            simulator.Faults.ServerError(503, 50, retryAfterSeconds: 0, pathPrefix: $"/api/v2/tickets/{ticket}/audits");
            var failed = await workspace.RunAsync(ct);
            failed.TapExitCode.ShouldBe(1, failed.Describe());
            failed.TargetExitCode.ShouldBe(0, failed.Describe());
            simulator.Faults.Clear();
            AccountChanges.Apply(simulator, deleting: false);
            simulator.Clock.Advance(TimeSpan.FromMinutes(2));
            expected = expected.Then(SimulatorRecords.Snapshot(simulator));
        }

        var last = await workspace.RunAsync(ct);

        last.Succeeded.ShouldBeTrue(last.Describe());
        await WarehouseAssert.HoldsExactlyAsync(warehouse, expected.Then(SimulatorRecords.Snapshot(simulator)), ct);
    }

    private static Task<SimulatorHost> StartSimulatorAsync(CancellationToken ct) =>
        SimulatorHost.StartAsync(new SimulatorOptions { Tickets = Tickets, Seed = 21, TimeScale = 60 }, ct);

    /// <summary>How many lines a first sync of the trials' account writes, to draw kill points from.</summary>
    private async Task<long> LinesOfAFirstSyncAsync(CancellationToken ct)
    {
        await using var simulator = await StartSimulatorAsync(ct);
        await using var warehouse = CreateWarehouse();
        using var workspace = new PipelineWorkspace(simulator, warehouse);
        var run = await workspace.RunAsync(ct);
        run.Succeeded.ShouldBeTrue(run.Describe());
        var count = File.ReadLines(Path.Combine(workspace.Folder, "run1.singer")).LongCount();
        output.WriteLine($"a first sync writes {count} lines");
        return count;
    }
}
