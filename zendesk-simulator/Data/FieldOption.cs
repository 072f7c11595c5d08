namespace Zendesk.Simulator.Data;

internal sealed record FieldOption(long Id, string Name, string Value);
