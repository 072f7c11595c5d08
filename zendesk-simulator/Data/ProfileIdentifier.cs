namespace Zendesk.Simulator.Data;

/// <summary>One identifier of a Sunshine profile, e.g. ("email", "ann@example.com").</summary>
internal sealed record ProfileIdentifier(string Type, string Value);
