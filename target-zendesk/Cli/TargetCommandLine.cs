using CommandLine;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Destination.Configuration;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Destination.Cli;

/// <summary>The program with its streams passed in, so that tests run exactly what the executable runs.</summary>
internal static class TargetCommandLine
{
    private static readonly string[] Usage =
    [
        "Reads Singer messages on stdin (identify, group and track records) and writes them into a Zendesk account;",
        "writes each STATE on stdout once every write before it is confirmed. Rejected records go to the rejects file.",
        string.Empty,
        $"Usage: {AboutTarget.Name} --config FILE < messages.singer",
        $"       {AboutTarget.Name} --config FILE --dry-run < messages.singer",
        $"       {AboutTarget.Name} --about [--format json|markdown]",
    ];

    public static async Task<int> RunAsync(string[] args, DestinationRuntime runtime, CancellationToken cancellationToken)
    {
        var parsed = CommandLineFront.Parse<TargetArguments>(args);
        if (parsed is NotParsed<TargetArguments> notParsed)
        {
            return await CommandLineFront.Explain(notParsed, AboutTarget.Name, AboutTarget.Version, Usage).DeliverAsync(runtime.Stdout, runtime.Stderr);
        }

        var arguments = ((Parsed<TargetArguments>)parsed).Value;
        var log = new ProgramLog(runtime.Stderr, LogFormat.Text, runtime.Clock);
        try
        {
            log = new ProgramLog(runtime.Stderr, LogFormats.Parse(arguments.LogFormat), runtime.Clock);
            if (arguments.About)
            {
                var text = AboutRenderer.Render(AboutTarget.Info, arguments.Format) ?? throw new ConfigurationException($"--format must be json or markdown, not \"{arguments.Format}\"");
                return await new CommandLineAnswer(ExitCodes.Ok, text, null).DeliverAsync(runtime.Stdout, runtime.Stderr);
            }

            if (arguments.Config is null)
            {
                throw new ConfigurationException("--config is required (the config file with subdomain and credentials); see --help");
            }

            var config = DestinationConfigReader.Read(ConfigFile.Load(arguments.Config), log);
            return await DestinationSession.RunAsync(config, arguments.DryRun, runtime, log, cancellationToken);
        }
        catch (ConfigurationException e)
        {
            log.Error(e.Message);
            return ExitCodes.Usage;
        }
        catch (ZendeskForbiddenException e)
        {
            // Not a passing failure: the account or the role must change before any run can write this.
            log.Error($"{e.Message}: the account's plan or the signed-in user's role does not allow {e.Endpoint}; nothing after the last STATE written was confirmed");
            return ExitCodes.Usage;
        }
        catch (ZendeskException e)
        {
            var code = ZendeskExitCodes.For(e);
            log.Error(code == ExitCodes.Usage ? e.Message : $"{e.Message}; nothing after the last STATE written was confirmed: resume by sending the input from there");
            return code;
        }
        catch (SingerProtocolException e)
        {
            log.Error($"{e.Message}; the records before it were written and their STATE sent");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Error("interrupted: the writes before the last STATE written are confirmed; resume by sending the input from there");
            return ExitCodes.Failure;
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException))
        {
            log.Error($"reading the input or writing the output or the rejects file failed: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
