using System.Text.Json;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

/// <summary>Writes a top-level side-load array for the records of an export page, given by their index keys.</summary>
internal delegate void SideLoad(Utf8JsonWriter writer, RenderContext ctx, IReadOnlyList<long> keys);
