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
    }

    /// <summary>Maps a GET route; the route text (e.g. /api/v2/tickets/{ticket_id}/audits) names it in the request log.</summary>
    public static void Get(IEndpointRouteBuilder app, string pattern, Func<EndpointInfo, EndpointInfo> describe, RequestDelegate handler)
    {
        var info = describe(new EndpointInfo("GET " + pattern.Replace(":long}", "}", StringComparison.Ordinal)));
        app.MapGet(pattern, handler).WithMetadata(info);
    }
}
