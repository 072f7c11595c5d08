using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>Registers every Zendesk endpoint the simulator serves.</summary>
internal static class ApiMap
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        ListEndpoints.Map(app, host);
        TicketEndpoints.Map(app, host);
        ExportEndpoints.Map(app, host);
        OAuthEndpoints.Map(app, host);
        WriteEndpoints.Map(app, host);
        JobEndpoints.Map(app, host);
        EventEndpoints.Map(app, host);
        SearchEndpoints.Map(app, host);
        TicketSideEndpoints.Map(app, host);
        SideConversationEndpoints.Map(app, host);
        HelpCenterEndpoints.Map(app, host);
        TalkEndpoints.Map(app, host);
        ConfigEndpoints.Map(app, host);
        RoutingEndpoints.Map(app, host);
    }

    /// <summary>Maps a GET route; the route text (e.g. /api/v2/tickets/{ticket_id}/audits) names it in the request log.</summary>
    public static void Get(IEndpointRouteBuilder app, string pattern, Func<EndpointInfo, EndpointInfo> describe, RequestDelegate handler) =>
        Route(app, HttpMethods.Get, pattern, describe, handler);

    /// <summary>Maps a POST or DELETE route: a write, which OAuth grants with the write scope only.</summary>
    public static void Write(IEndpointRouteBuilder app, string method, string pattern, Func<EndpointInfo, EndpointInfo> describe, RequestDelegate handler) =>
        Route(app, method, pattern, i => describe(i) with { Write = true }, handler);

    private static void Route(IEndpointRouteBuilder app, string method, string pattern, Func<EndpointInfo, EndpointInfo> describe, RequestDelegate handler)
    {
        var info = describe(new EndpointInfo(method + " " + pattern.Replace(":long}", "}", StringComparison.Ordinal)));
        app.MapMethods(pattern, [method], handler).WithMetadata(info);
    }
}
