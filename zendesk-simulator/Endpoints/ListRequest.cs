using System.Text.Json;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// A list request as every paging style serves it: where it came from, the name of its records'
/// array, the path its links point to, the list, what a page side-loads and where the list starts.
/// </summary>
internal sealed record ListRequest(
    HttpContext Context,
    SimulatorHost Host,
    RenderContext Ctx,
    string Key,
    string LinkPath,
    Func<RenderContext, ListSource> Source,
    Action<Utf8JsonWriter, RenderContext, IReadOnlyList<int>, ListSource>? SideLoads,
    Func<ListSource, int>? Start);
