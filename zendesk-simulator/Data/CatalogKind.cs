namespace Zendesk.Simulator.Data;

/// <summary>Sub-ranges of <see cref="Ids.Catalog"/>, one per kind of small record.</summary>
internal enum CatalogKind
{
    TicketField = 1,
    FieldOption,
    UserField,
    OrganizationField,
    TicketForm,
    Brand,
    Macro,
    View,
    Trigger,
    Automation,
    SlaPolicy,
    CustomRole,
    Schedule,
    PhoneNumber,
    CustomStatus,
    Greeting,
    TalkAddress,
    Ivr,
    IvrMenu,
    IvrRoute,
    DigitalLine,
}
