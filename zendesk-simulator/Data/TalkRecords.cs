using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

/// <summary>The account's Zendesk Talk records beyond its phone numbers: calls and their legs, and the Talk set-up.</summary>
internal sealed class TalkRecords
{
    public required TalkCalls Calls { get; init; }

    public required IReadOnlyList<CatalogItem> Addresses { get; init; }

    public required IReadOnlyList<CatalogItem> Greetings { get; init; }

    public required IReadOnlyList<CatalogItem> GreetingCategories { get; init; }

    public required IReadOnlyList<CatalogItem> Ivrs { get; init; }

    /// <summary>The phone lines (the phone numbers) and the digital lines, by id.</summary>
    public required IReadOnlyList<CatalogItem> Lines { get; init; }

    public required JsonObject Settings { get; init; }
}
