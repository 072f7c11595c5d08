namespace Zendesk.Simulator.Data;

/// <summary>A ticket metric event produced by a change made after generation.</summary>
internal readonly record struct MutationMetricEvent(int Ticket, long Id, MetricEventSpec Spec);
