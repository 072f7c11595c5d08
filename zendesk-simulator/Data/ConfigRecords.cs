namespace Zendesk.Simulator.Data;

/// <summary>
/// The account's configuration beyond the catalog: rule categories and history, content, channels,
/// access, custom objects. Each list is ordered by id; children are kept per parent.
/// </summary>
internal sealed class ConfigRecords
{
    public required IReadOnlyList<CatalogItem> TriggerCategories { get; init; }

    /// <summary>Each trigger's revisions, newest first (Zendesk's order); the newest matches the trigger.</summary>
    public required IReadOnlyDictionary<long, IReadOnlyList<CatalogItem>> TriggerRevisions { get; init; }

    public required IReadOnlyList<CatalogItem> DynamicContentItems { get; init; }

    public required IReadOnlyList<CatalogItem> Locales { get; init; }

    public required IReadOnlyList<CatalogItem> SharingAgreements { get; init; }

    public required IReadOnlyList<CatalogItem> Targets { get; init; }

    public required IReadOnlyList<CatalogItem> TargetFailures { get; init; }

    public required IReadOnlyList<CatalogItem> RecipientAddresses { get; init; }

    public required IReadOnlyList<CatalogItem> OrganizationSubscriptions { get; init; }

    public required IReadOnlyList<CatalogItem> BrandAgents { get; init; }

    public required IReadOnlyList<CatalogItem> GroupSlaPolicies { get; init; }

    public required IReadOnlyList<CatalogItem> DeletionSchedules { get; init; }

    /// <summary>Each business-hours schedule's holidays.</summary>
    public required IReadOnlyDictionary<long, IReadOnlyList<CatalogItem>> Holidays { get; init; }

    public required IReadOnlyList<CatalogItem> CustomObjects { get; init; }

    /// <summary>Each custom object's fields, by the object's key.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CatalogItem>> CustomObjectFields { get; init; }

    /// <summary>Each custom object's records, by the object's key.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CatalogItem>> CustomObjectRecords { get; init; }

    public required IReadOnlyList<CatalogItem> Webhooks { get; init; }

    public required IReadOnlyList<CatalogItem> Workspaces { get; init; }

    public required IReadOnlyList<CatalogItem> Sessions { get; init; }

    /// <summary>Skill types (routing attributes); their skills (attribute values) by the attribute's id.</summary>
    public required IReadOnlyList<CatalogItem> RoutingAttributes { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<CatalogItem>> RoutingAttributeValues { get; init; }

    /// <summary>The requesting user's bookmarks: id, creation time and the bookmarked ticket's index.</summary>
    public required IReadOnlyList<(long Id, long Created, int Ticket)> Bookmarks { get; init; }
}
