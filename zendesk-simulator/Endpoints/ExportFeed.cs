using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// What an incremental export walks and writes, the same whether it pages by time or by cursor: the
/// name of its records' array, the path its links point to, the index, which records it keeps, how
/// one is written and what a page side-loads.
/// </summary>
internal sealed record ExportFeed(
    string Key,
    string Path,
    TimeIndex Index,
    Func<uint, bool> Include,
    Action<Utf8JsonWriter, RenderContext, long> Write,
    SideLoad? SideLoad = null);
