using System.Text.Json.Nodes;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>How to run the tap against a simulator: config changes, catalog, state, a kill point.</summary>
internal sealed record TapSetup
{
    /// <summary>Config keys to set (or, with a null value, to remove) on top of the defaults.</summary>
    public Dictionary<string, JsonNode?> Config { get; init; } = [];

    /// <summary>A config file of the test's own, used as it is (for a run that writes back into it); <see cref="Config"/> is then ignored.</summary>
    public string? ConfigFile { get; init; }

    public JsonNode? Catalog { get; init; }

    public JsonNode? State { get; init; }

    public bool Discover { get; init; }

    /// <summary>Kill the run when it has written this many lines.</summary>
    public long? KillAfterLines { get; init; }

    /// <summary>Interrupt the run (cancel it, as Ctrl-C does) when it has written this many lines.</summary>
    public long? InterruptAfterLines { get; init; }

    public string[] ExtraArguments { get; init; } = [];

    /// <summary>The clock the tap waits and measures with (budgets, retries); the machine's unless set.</summary>
    public TimeProvider? WaitClock { get; init; }

    public TapSetup With(string key, JsonNode? value) => this with { Config = new Dictionary<string, JsonNode?>(Config) { [key] = value } };
}
