namespace Zendesk.Simulator.Data;

/// <summary>An email identity added to an existing user by an update.</summary>
internal sealed record SecondaryEmail(long Id, string Value, long Created);
