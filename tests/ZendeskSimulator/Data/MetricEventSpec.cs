namespace Zendesk.Simulator.Data;

/// <summary>One ticket metric event, derived from a ticket's audits.</summary>
internal readonly record struct MetricEventSpec(int N, long Time, byte Metric, byte Type, int Instance, bool Sla);
