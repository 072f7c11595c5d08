namespace Zendesk.Simulator.Data;

/// <summary>The account's small record sets, each ordered by id.</summary>
internal sealed class Catalog
{
    public required IReadOnlyList<CatalogItem> Groups { get; init; }

    public required IReadOnlyList<CatalogItem> GroupMemberships { get; init; }

    public required IReadOnlyList<CatalogItem> Brands { get; init; }

    public required IReadOnlyList<CatalogItem> TicketFields { get; init; }

    public required IReadOnlyList<CatalogItem> TicketForms { get; init; }

    public required IReadOnlyList<CatalogItem> UserFields { get; init; }

    public required IReadOnlyList<CatalogItem> OrganizationFields { get; init; }

    public required IReadOnlyList<CatalogItem> Macros { get; init; }

    public required IReadOnlyList<CatalogItem> Views { get; init; }

    public required IReadOnlyList<CatalogItem> Triggers { get; init; }

    public required IReadOnlyList<CatalogItem> Automations { get; init; }

    public required IReadOnlyList<CatalogItem> SlaPolicies { get; init; }

    public required IReadOnlyList<CatalogItem> CustomRoles { get; init; }

    public required IReadOnlyList<CatalogItem> Schedules { get; init; }

    public required IReadOnlyList<CatalogItem> PhoneNumbers { get; init; }

    public required IReadOnlyList<CatalogItem> AuditLogs { get; init; }
}
