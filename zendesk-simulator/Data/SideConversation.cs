namespace Zendesk.Simulator.Data;

/// <summary>One side conversation of a ticket and its events, oldest first.</summary>
internal sealed record SideConversation(CatalogItem Conversation, IReadOnlyList<CatalogItem> Events);
