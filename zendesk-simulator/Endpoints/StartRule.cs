namespace Zendesk.Simulator.Endpoints;

/// <summary>How an incremental export reads its start_time: whether an ISO-8601 time is read, and whether a recent one gets an empty page instead of a 422.</summary>
internal readonly record struct StartRule(bool IsoTime = false, bool RecentIsEmpty = false);
