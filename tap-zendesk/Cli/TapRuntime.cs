namespace Zendesk.Singer.Tap.Cli;

/// <summary>
/// What the tap runs against: its output streams and its clocks. <see cref="Clock"/> says what time it
/// is (start_date's default, the export's one-minute floor); <see cref="Wall"/> measures and waits
/// (budgets, retries, durations). Both are the system clock outside tests.
/// </summary>
internal sealed record TapRuntime(Stream Stdout, TextWriter Stderr, TimeProvider Clock, TimeProvider Wall)
{
    /// <summary>Cancelled when the reader of <see cref="Stdout"/> is gone.</summary>
    public CancellationToken OutputGone { get; init; }

    public static TapRuntime Console(Stream stdout, TextWriter stderr) => new(stdout, stderr, TimeProvider.System, TimeProvider.System);
}
