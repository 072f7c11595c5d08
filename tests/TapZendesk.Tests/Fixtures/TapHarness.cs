using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Cli;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>Runs the tap in process against a simulated account, on the account's clock.</summary>
internal static class TapHarness
{
    /// <summary>Before any of the simulator's history, so a first sync reads everything.</summary>
    public const string StartDate = "2000-01-01T00:00:00Z";

    public static JsonObject DefaultConfig(SimulatorHost simulator) => new()
    {
        ["subdomain"] = simulator.Options.Subdomain,
        ["base_url"] = simulator.BaseUrl,
        ["email"] = simulator.Options.Email,
        ["api_token"] = simulator.Options.ApiToken,
        ["start_date"] = StartDate,
        ["request_budgets"] = false,
    };

    public static async Task<TapOutput> RunAsync(SimulatorHost simulator, TapSetup setup)
    {
        var waitClock = setup.WaitClock ?? TimeProvider.System;
        var folder = Directory.CreateTempSubdirectory("tap-run-").FullName;
        try
        {
            var config = DefaultConfig(simulator);
            foreach (var (key, value) in setup.Config)
            {
                if (value is null)
                {
                    config.Remove(key);
                }
                else
                {
                    config[key] = value.DeepClone();
                }
            }

            var args = new List<string> { "--config", setup.ConfigFile ?? Write(folder, "config.json", config) };
            if (setup.Catalog is not null)
            {
                args.AddRange(["--catalog", Write(folder, "catalog.json", setup.Catalog)]);
            }

            if (setup.State is not null)
            {
                args.AddRange(["--state", Write(folder, "state.json", setup.State)]);
            }

            if (setup.Discover)
            {
                args.Add("--discover");
            }

            args.AddRange(setup.ExtraArguments);
            using var stderr = new StringWriter();
            if (setup.KillAfterLines is { } lines)
            {
                using var killing = new KillingStream(lines);
                var killedCode = await TapCommandLine.RunAsync([.. args], new RunServices(killing, stderr, simulator.Clock, waitClock), CancellationToken.None);
                return new TapOutput(killedCode, killing.Accepted, stderr.ToString());
            }

            if (setup.InterruptAfterLines is { } after)
            {
                using var interrupt = new CancellationTokenSource();
                using var interrupting = new CancellingStream(after, interrupt);
                var interruptedCode = await TapCommandLine.RunAsync([.. args], new RunServices(interrupting, stderr, simulator.Clock, waitClock), interrupt.Token);
                return new TapOutput(interruptedCode, interrupting.Taken, stderr.ToString());
            }

            using var stdout = new MemoryStream();
            var code = await TapCommandLine.RunAsync([.. args], new RunServices(stdout, stderr, simulator.Clock, waitClock), CancellationToken.None);
            return new TapOutput(code, stdout.ToArray(), stderr.ToString(), messages: !setup.Discover);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Write(string folder, string name, JsonNode content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content.ToJsonString());
        return path;
    }
}
