namespace Zendesk.Singer.Tap.Cli;

/// <summary>
/// What the tap runs against: its output streams and its clocks. <see cref="AccountClock"/> says what
/// time it is where the account is concerned (start_date's default, the export's one-minute floor, log
/// times); <see cref="WaitClock"/> measures and waits (budgets, retries, token lifetimes, durations).
/// Both are the system clock outside tests, where the first is the simulated account's.
/// </summary>
internal sealed record RunServices(Stream Stdout, TextWriter Stderr, TimeProvider AccountClock, TimeProvider WaitClock)
{
    /// <summary>Cancelled when the reader of <see cref="Stdout"/> is gone.</summary>
    public CancellationToken OutputGone { get; init; }

    public static RunServices Console(Stream stdout, TextWriter stderr) => new(stdout, stderr, TimeProvider.System, TimeProvider.System);
}
