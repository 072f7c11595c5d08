namespace Zendesk.Simulator.Data;

/// <summary>One search result: its result_type (ticket, user or organization) and its index in that store.</summary>
internal readonly record struct SearchHit(string Type, int Index);
