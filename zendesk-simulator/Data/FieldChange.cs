namespace Zendesk.Simulator.Data;

/// <summary>A changed attribute inside a mutation's audit: value and previous value as JSON scalars or string lists.</summary>
internal sealed record FieldChange(string Field, object? Value, object? Previous);
