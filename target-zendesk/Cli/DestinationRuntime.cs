namespace Zendesk.Singer.Destination.Cli;

/// <summary>What the target runs against: its standard streams and its clock (the system's outside tests).</summary>
internal sealed record DestinationRuntime(Stream Stdin, Stream Stdout, TextWriter Stderr, TimeProvider Clock);
