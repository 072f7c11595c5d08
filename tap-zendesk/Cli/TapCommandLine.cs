using CommandLine;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Maps.Evaluation;
using Zendesk.Singer.Protocol.Serialization;
using Zendesk.Singer.Protocol.State;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Tap.State;

namespace Zendesk.Singer.Tap.Cli;

/// <summary>
/// The tap's command line: parses the arguments, reads the files once at the edge, runs discovery
/// or a sync, and turns every outcome into an exit code (0 ok, 1 runtime failure, 2 usage or config).
/// </summary>
internal static class TapCommandLine
{
    private static readonly string[] Usage =
    [
        "Reads a Zendesk Support account and writes Singer SCHEMA, RECORD (or, with batch_config, BATCH) and STATE messages on stdout.",
        string.Empty,
        "Usage: tap-zendesk --config CONFIG [--catalog CATALOG] [--state STATE]",
        "       tap-zendesk --config CONFIG --discover",
        "       tap-zendesk --config CONFIG [--catalog CATALOG] --test[=schema]",
        "       tap-zendesk --about [--format json|markdown]",
    ];

    private const string OutputGone = "the output is gone (whatever read the tap's stdout has stopped): the sync stopped and makes no more requests; resume it from the last STATE that was loaded";

    public static async Task<int> RunAsync(string[] args, RunServices services, CancellationToken cancellationToken)
    {
        // The Singer SDK's --test takes an optional value; the parser wants one, so a bare --test means all.
        var parsed = CommandLineFront.Parse<TapArguments>([.. args.Select(a => a == "--test" ? "--test=all" : a)]);
        if (parsed is NotParsed<TapArguments> notParsed)
        {
            return await CommandLineFront.Explain(notParsed, "tap-zendesk", AboutTap.Info.Version, Usage).DeliverAsync(services.Stdout, services.Stderr);
        }

        var arguments = ((Parsed<TapArguments>)parsed).Value;
        var log = new ProgramLog(services.Stderr, LogFormat.Text, services.AccountClock);
        try
        {
            log = new ProgramLog(services.Stderr, LogFormats.Parse(arguments.LogFormat), services.AccountClock);
            if (arguments.About)
            {
                await WriteTextAsync(services.Stdout, About(arguments.Format), cancellationToken);
                return ExitCodes.Ok;
            }

            return await RunWithConfigAsync(arguments, services, log, cancellationToken);
        }
        catch (ConfigurationException e)
        {
            log.Error(e.Message);
            return ExitCodes.Usage;
        }
        catch (MapEvaluationException e)
        {
            log.Error(e.Message);
            return ExitCodes.Failure;
        }
        catch (ZendeskException e)
        {
            log.Error(e.Message);
            return ZendeskExitCodes.For(e);
        }
        catch (Exception e) when (services.OutputGone.IsCancellationRequested && e is OperationCanceledException or IOException)
        {
            log.Error(OutputGone);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Error("interrupted: the records before the last STATE written are complete; resume the sync with that STATE (--state)");
            return ExitCodes.Failure;
        }
        catch (IOException e) when (e is not (FileNotFoundException or FileLoadException or DirectoryNotFoundException))
        {
            log.Error($"{OutputGone} ({e.Message})");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log.Error($"the sync failed unexpectedly: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> RunWithConfigAsync(TapArguments arguments, RunServices services, ProgramLog log, CancellationToken cancellationToken)
    {
        if (arguments.Config is null)
        {
            throw new ConfigurationException("--config is required (the config file with subdomain and credentials); see --help");
        }

        if (arguments.Catalog is not null && arguments.Properties is not null)
        {
            throw new ConfigurationException("give the catalog once: --catalog and --properties are the same option");
        }

        var config = TapConfigReader.Read(arguments.Config, log, services.AccountClock);
        if (arguments.Discover)
        {
            return await DiscoverOrSync.DiscoverAsync(config, services, log, cancellationToken);
        }

        var catalogPath = arguments.Catalog ?? arguments.Properties;
        var catalog = catalogPath is null ? null : JsonFiles.Read(catalogPath, "catalog", ProtocolJsonContext.Default.SingerCatalog);
        if (arguments.Test is { } test)
        {
            return test is "all" or "schema"
                ? await ConnectionTest.RunAsync(config, catalog, test == "schema", services, log, cancellationToken)
                : throw new ConfigurationException($"--test takes all or schema, not \"{test}\"");
        }

        var state = arguments.State is null ? new StateDocument() : ReadState(arguments.State);
        return await DiscoverOrSync.SyncAsync(config, catalog, state, services, log, cancellationToken);
    }

    private static StateDocument ReadState(string path)
    {
        var state = Unwrapped(JsonFiles.Read(path, "state", ProtocolJsonContext.Default.StateDocument));
        BookmarkCheck.Validate(state, $"file {path}");
        LegacyChildren.Adopt(state);
        return state;
    }

    private static StateDocument Unwrapped(StateDocument state)
    {
        // Some orchestrators wrap the state ({"value": {...}}, as in a STATE message); unwrap it.
        if (state.Bookmarks.Count == 0 && state.Extra?.TryGetValue("value", out var value) == true && value.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            return System.Text.Json.JsonSerializer.Deserialize(value, ProtocolJsonContext.Default.StateDocument) ?? state;
        }

        return state;
    }

    private static string About(string? format) =>
        AboutRenderer.Render(AboutTap.Info, format) ?? throw new ConfigurationException($"--format must be json or markdown, not \"{format}\"");

    private static async Task WriteTextAsync(Stream output, string text, CancellationToken cancellationToken)
    {
        await output.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }
}
