namespace Zendesk.Simulator.Data;

/// <summary>Sub-ranges of <see cref="ConfigIds"/>, one per kind of configuration record.</summary>
internal enum ConfigKind
{
    TriggerRevision = 1,
    DynamicContentItem,
    DynamicContentVariant,
    SharingAgreement,
    Target,
    TargetFailure,
    RecipientAddress,
    OrganizationSubscription,
    DeletionSchedule,
    Holiday,
    CustomObject,
    CustomObjectField,
    CustomObjectRecord,
    Webhook,
    Workspace,
    Session,
    Bookmark,
    BrandAgent,
    GroupSlaPolicy,
    RoutingAttribute,
    RoutingAttributeValue,
    RoutingInstanceValue,
}
