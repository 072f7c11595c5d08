using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

/// <summary>
/// One small, rarely changing record (a group, a macro, a brand...). These number in the tens, so
/// they are kept as JSON objects; only the <c>url</c> is added when written, as it depends on the host.
/// </summary>
internal sealed record CatalogItem(long Id, long Created, long Updated, string? UrlPath, JsonObject Body);
