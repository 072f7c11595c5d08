using Zendesk.Singer.Connection;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Cli;

/// <summary>
/// <c>--test</c>: signs in, asks whether the account's plan allows each selected stream, and writes
/// each available stream's SCHEMA, with one RECORD from its first page (<c>--test=schema</c>: the
/// SCHEMA alone). No STATE is written and no bookmark moves, so a test never changes what the next
/// sync reads. A selected stream the plan lacks is an error when a catalog selected it, and a warning
/// when there is no catalog (a sync would skip it).
/// </summary>
internal static class ConnectionTest
{
    public static async Task<int> RunAsync(TapConfig config, SingerCatalog? catalog, bool schemaOnly, RunServices services, ProgramLog log, CancellationToken cancellationToken)
    {
        using var client = DiscoverOrSync.CreateClient(config, services, log);
        using (var me = await client.GetJsonAsync("/api/v2/users/me", RequestBudget.Core, cancellationToken))
        {
            var user = PageFields.Object(me.RootElement, "user");
            var role = PageFields.String(user, "role");
            log.Info("signed in", ("user_id", PageFields.Int64(user, "id")), ("role", role));
            if (role is not "admin")
            {
                log.Warn($"the signed-in user is {(role is null ? "not an admin" : "an " + role)}: streams of the account's configuration (triggers, SLA policies, audit logs, ...) need an admin");
            }
        }

        using var writer = new SingerWriter(services.Stdout);
        var outputs = await SyncPlan.BuildAsync(config, catalog, client, writer, log, services.WaitClock, cancellationToken);
        if (outputs.Count == 0)
        {
            throw new ConfigurationException("the catalog selects no stream this tap has; mark streams \"selected\": true in their metadata");
        }

        var probe = new PlanProbe(client, config.ListPageSize, config.StartDate.ToUnixTimeSeconds(), log, services.WaitClock);
        var unavailable = await probe.UnavailableAsync(outputs.Values.Select(o => o.Definition), cancellationToken);
        foreach (var (stream, reason) in unavailable)
        {
            var line = $"stream {stream} cannot be synced: {reason}";
            if (catalog is null)
            {
                log.Warn(line);
            }
            else
            {
                log.Error(line);
            }
        }

        var records = 0;
        var skipped = unavailable.Select(u => u.Stream).ToHashSet(StringComparer.Ordinal);
        foreach (var output in outputs.Values.Where(o => !skipped.Contains(o.Name)))
        {
            output.WriteSchema();
            if (!schemaOnly && await FirstRecordAsync(probe, output, services.AccountClock, cancellationToken))
            {
                records++;
            }
        }

        writer.Flush();
        log.Info("connection test finished", ("streams", outputs.Count - unavailable.Count), ("unavailable", unavailable.Count), ("records", records));
        return catalog is not null && unavailable.Count > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static async Task<bool> FirstRecordAsync(PlanProbe probe, StreamOutput output, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var page = await probe.FirstPageAsync(output.Definition, cancellationToken);
        if (PlanProbe.FirstRecord(page, output.Definition.RecordsKey) is not { } first)
        {
            return false;
        }

        output.Write(new ElementRecord(first), clock.GetUtcNow());
        return true;
    }
}
