using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.State;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Tap.State;
using Zendesk.Singer.Tap.Sync;
using Zendesk.Singer.Tap.Sync.Batches;

namespace Zendesk.Singer.Tap.Cli;

/// <summary>Discovery and sync once the command line and the files have been read.</summary>
internal static class DiscoverOrSync
{
    public static async Task<int> DiscoverAsync(TapConfig config, RunServices services, ProgramLog log, CancellationToken cancellationToken)
    {
        using var client = CreateClient(config, services, log);
        var catalog = await Discoverer.DiscoverAsync(config, client, log, services.WaitClock, cancellationToken);
        await services.Stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Discoverer.ToJson(catalog)), cancellationToken);
        await services.Stdout.FlushAsync(cancellationToken);
        log.Info("discovery finished", ("streams", catalog.Streams.Count));
        return ExitCodes.Ok;
    }

    public static async Task<int> SyncAsync(
        TapConfig config,
        SingerCatalog? catalog,
        StateDocument state,
        RunServices services,
        ProgramLog log,
        CancellationToken cancellationToken)
    {
        // Before any request: a directory the files cannot go to is a config error.
        using var batches = config.Batch is { } batch ? BatchFiles.Open(batch, services.AccountClock) : null;
        using var client = CreateClient(config, services, log);
        using var writer = new SingerWriter(services.Stdout);
        var outputs = await SyncPlan.BuildAsync(config, catalog, client, writer, log, services.WaitClock, cancellationToken);
        if (outputs.Count == 0)
        {
            throw new ConfigurationException("the catalog selects no stream this tap has; mark streams \"selected\": true in their metadata");
        }

        if (batches is not null)
        {
            batches.Attach(outputs.Values);
            log.Info("records go to batch files", ("root", config.Batch!.Root), ("compression", config.Batch.Encoding.Compression), ("batch_size", config.Batch.BatchSize));
        }

        log.Info("sync started", ("streams", outputs.Count), ("start_date", config.StartDate));
        var context = new SyncContext(config, client, new TapState(state, writer), log, services.AccountClock, outputs);
        var result = await new SyncRun(context, services.WaitClock).RunAsync(cancellationToken);
        return result is null ? ExitCodes.Failure : ExitCodes.Ok;
    }

    public static ZendeskClient CreateClient(TapConfig config, RunServices services, ProgramLog log)
    {
        var options = config.Connection.ClientOptions(config.IncrementalRequestsPerMinute, config.HelpCenterRequestsPerMinute);
        return new ZendeskClient(options, log, services.WaitClock);
    }
}
