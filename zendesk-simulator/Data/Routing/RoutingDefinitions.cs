namespace Zendesk.Simulator.Data.Routing;

/// <summary>
/// The ticket conditions an admin can use to give tickets skills: the same ticket properties in the
/// "all" and "any" lists, and the incident count in the "all" list alone.
/// </summary>
internal static class RoutingDefinitions
{
    private static readonly (string Subject, string Title)[] Shared =
    [
        ("brand_id", "Brand"),
        ("current_tags", "Tags"),
        ("group_id", "Group"),
        ("locale_id", "Requester language"),
        ("organization_id", "Organization"),
        ("priority", "Priority"),
        ("ticket_form_id", "Form"),
        ("ticket_type_id", "Type"),
        ("via_id", "Channel"),
    ];

    public static IReadOnlyList<(string Subject, string Title)> All { get; } = [("number_of_incidents", "Number of incidents"), .. Shared];

    public static IReadOnlyList<(string Subject, string Title)> Any { get; } = Shared;
}
