using System.Data.Common;
using CommandLine;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Cli;

/// <summary>The program with its streams passed in, so that tests run exactly what the executable runs.</summary>
internal static class TargetCommandLine
{
    private static readonly string[] Usage =
    [
        "Reads Singer messages on stdin and loads them into DuckDB or PostgreSQL; writes STATE messages on stdout once committed.",
        string.Empty,
        $"Usage: {TargetAbout.Name} [--config FILE] < messages.singer",
        $"       {TargetAbout.Name} --config FILE --tables",
        $"       {TargetAbout.Name} [--config FILE] --test",
        $"       {TargetAbout.Name} --about [--format json|markdown]",
    ];

    public static async Task<int> RunAsync(string[] args, Stream input, Stream output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var parsed = CommandLineFront.Parse<CommandLineOptions>(args);
        if (parsed is NotParsed<CommandLineOptions> notParsed)
        {
            return await CommandLineFront.Explain(notParsed, TargetAbout.Name, TargetAbout.Version, Usage).DeliverAsync(output, error);
        }

        var options = parsed.Value;
        if (options.About)
        {
            return await AboutAsync(options.Format ?? "markdown", output, error);
        }

        if (options.Format is not null)
        {
            await error.WriteLineAsync($"{TargetAbout.Name}: --format only goes with --about (see --help)");
            return ExitCodes.Usage;
        }

        LogFormat logFormat;
        try
        {
            logFormat = LogFormats.Parse(options.LogFormat);
        }
        catch (ConfigurationException e)
        {
            await error.WriteLineAsync($"{TargetAbout.Name}: error: {e.Message}");
            return ExitCodes.Usage;
        }

        var reporter = new Reporter(error, logFormat, time);
        TargetConfig config;
        try
        {
            config = TargetConfig.Load(options.Config, reporter.Warning);
        }
        catch (ConfigurationException e)
        {
            reporter.Error(e.Message);
            return ExitCodes.Usage;
        }

        if (options.Test)
        {
            return await ConnectionCheck.RunAsync(config, reporter, cancellationToken);
        }

        if (options.Tables)
        {
            return await TableListing.RunAsync(config, output, reporter, cancellationToken);
        }

        return await LoadAsync(config, input, output, reporter, time, cancellationToken);
    }

    private static async Task<int> LoadAsync(TargetConfig config, Stream input, Stream output, Reporter reporter, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var dialect = DialectFactory.Create(config);
        try
        {
            await dialect.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            reporter.Error($"cannot open {dialect.Description}: {e.Message}");
            return ExitCodes.Failure;
        }

        var destination = $"{dialect.Description}, schema \"{config.Schema}\"";
        reporter.Info($"loading into {destination}");
        var writer = new SingerWriter(output);
        using var session = new LoadSession(config, dialect, reporter, time);
        var started = time.GetTimestamp();
        var runner = new LoadRun(session, writer);
        int code;
        try
        {
            code = await runner.RunAsync(input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            reporter.Error("interrupted: what was committed stays loaded and its STATE was written; the batches not yet committed were not loaded; resume by sending the tap's output from the last STATE written");
            code = ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            reporter.Error(StdoutFailure(e));
            code = ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reporter.Error($"unexpected failure: {e}");
            code = ExitCodes.Failure;
        }

        if (code != ExitCodes.Ok)
        {
            await SettleAsync(session.Committer);
        }

        code = Close(writer, reporter, code);

        reporter.Summary(destination, runner.Reports, time.GetElapsedTime(started));
        return code;
    }

    private static string StdoutFailure(Exception e) =>
        $"the STATE messages could not be written to stdout ({e.Message}); what was committed stays loaded, and the next run resumes from the last STATE that got out";

    /// <summary>Writes out what is left of the STATE output; a stdout that is gone fails the run, with what was loaded kept.</summary>
    private static int Close(SingerWriter writer, Reporter reporter, int code)
    {
        try
        {
            writer.Dispose();
            return code;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            if (code == ExitCodes.Ok)
            {
                reporter.Error(StdoutFailure(e));
            }

            return ExitCodes.Failure;
        }
    }

    /// <summary>After a failure, lets a commit still running end before the connection closes; its own failure was already reported.</summary>
    private static async Task SettleAsync(Committer committer)
    {
        try
        {
            await committer.DrainAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The run has already failed and said why: a failed commit fails every later job with the same error.
        }
    }

    private static async Task<int> AboutAsync(string format, Stream output, TextWriter error)
    {
        var answer = AboutRenderer.Render(TargetAbout.Info, format) is { } text
            ? new CommandLineAnswer(ExitCodes.Ok, text, null)
            : new CommandLineAnswer(ExitCodes.Usage, null, $"{TargetAbout.Name}: --format must be json or markdown");
        return await answer.DeliverAsync(output, error);
    }
}
