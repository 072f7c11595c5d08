using System.Diagnostics;
using Zendesk.Singer.Pipeline.Tests.Support;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

/// <summary>A tap whose reader is gone (the target died, <c>| head</c> read enough) stops, as the real program.</summary>
public sealed class TapOutputGoneTests
{
    [Fact]
    public async Task A_tap_whose_reader_closed_the_pipe_stops_at_once_makes_no_more_requests_and_says_so()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = 300, Seed = 3, TimeScale = 60 }, timeout.Token);
        var folder = Directory.CreateTempSubdirectory("zs-tap-gone-").FullName;
        try
        {
            // A budget of one request a second: the whole sync would take minutes.
            var config = Path.Combine(folder, "tap.json");
            var settings = TapConfigs.For(simulator);
            settings["page_size"] = 50;
            settings["max_requests_per_minute"] = 60;
            await File.WriteAllTextAsync(config, settings.ToJsonString(), timeout.Token);
            using var tap = Process.Start(Programs.Dll(RepositoryLayout.TapDll, ["--config", config], folder))!;
            var errors = tap.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                // The SCHEMA lines come first; then the reader goes away, as `| head -n 3` does.
                for (var i = 0; i < 3; i++)
                {
                    (await tap.StandardOutput.ReadLineAsync(timeout.Token)).ShouldNotBeNull();
                }

                tap.StandardOutput.Close();
                var closed = Stopwatch.StartNew();

                // A second to notice (it looks five times a second); from then on, not one request.
                await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
                var requestsOnceNoticed = simulator.Requests.Total;
                using var patience = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
                patience.CancelAfter(TimeSpan.FromSeconds(10));
                await tap.WaitForExitAsync(patience.Token);
                var stoppedAfter = closed.Elapsed;
                await Task.Delay(TimeSpan.FromSeconds(1.5), timeout.Token);

                tap.ExitCode.ShouldBe(1);
                stoppedAfter.ShouldBeLessThan(TimeSpan.FromSeconds(5), "a sync of minutes went on after its reader had gone");
                simulator.Requests.Total.ShouldBe(requestsOnceNoticed, "requests made after the tap had had time to notice that its reader was gone");
                var stderr = await errors;
                stderr.Split('\n').Count(l => l.Contains("the output is gone", StringComparison.Ordinal)).ShouldBe(1, stderr);
            }
            finally
            {
                Programs.Stop(tap);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
