namespace Zendesk.Simulator.Data;

/// <summary>One ticket metric event, derived from a ticket's audits; <see cref="Minutes"/> is the status an update_status event reports.</summary>
internal readonly record struct MetricEventSpec(int N, long Time, byte Metric, byte Type, int Instance, bool Sla, long Minutes = 0);
