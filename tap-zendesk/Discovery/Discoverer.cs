using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Protocol.Serialization;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Discovery;

/// <summary><c>--discover</c>: every stream the account's plan allows, with its schema and the account's custom fields typed.</summary>
internal static class Discoverer
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<SingerCatalog> DiscoverAsync(TapConfig config, ZendeskClient client, ProgramLog log, TimeProvider time, CancellationToken cancellationToken)
    {
        var schemas = StreamTable.All.ToDictionary(s => s.Name, s => SchemaLibrary.Load(s.Name), StringComparer.Ordinal);
        var probe = new PlanProbe(client, config.ListPageSize, config.StartDate.ToUnixTimeSeconds(), log, time);
        var unavailable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (stream, reason) in await probe.UnavailableAsync(StreamTable.All, cancellationToken))
        {
            log.Warn($"stream {stream} is left out of the catalog: {reason}");
            unavailable.Add(stream);
        }

        await CustomFieldSchemas.ApplyAllAsync(client, schemas, config.ListPageSize, log, time, cancellationToken, unavailable);
        if (config.CustomTicketFieldsAsColumns)
        {
            await TicketFieldColumns.ApplyAsync(client, schemas[TicketFieldColumns.Stream], config.ListPageSize, log, time, cancellationToken);
        }

        return CatalogBuilder.Build([.. StreamTable.All.Where(s => !unavailable.Contains(s.Name))], name => schemas.GetValueOrDefault(name) ?? new JsonObject());
    }

    /// <summary>The catalog as written to stdout, indented.</summary>
    public static string ToJson(SingerCatalog catalog) =>
        JsonSerializer.SerializeToNode(catalog, ProtocolJsonContext.Default.SingerCatalog)!.ToJsonString(Indented) + "\n";
}
