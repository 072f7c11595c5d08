using Zendesk.Singer.Connection;
using Zendesk.Singer.Destination.Configuration;
using Zendesk.Singer.Destination.Flow;
using Zendesk.Singer.Destination.Writing;
using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Destination.Cli;

/// <summary>One run: the client and writers wired from the config, the input read through, the summary said.</summary>
internal static class DestinationSession
{
    public static async Task<int> RunAsync(DestinationConfig config, bool dryRun, DestinationRuntime runtime, ProgramLog log, CancellationToken ct)
    {
        var rejects = new RejectsFile(config.RejectsFile);
        var started = runtime.Clock.GetTimestamp();
        if (dryRun)
        {
            var dry = new DestinationRun(config, new DryRunPrinter(runtime.Stdout, config), null, rejects, log);
            log.Info("dry run: nothing is sent to Zendesk");
            await dry.RunAsync(runtime.Stdin, ct);
            Report(dry, rejects, log, runtime, started);
            return ExitCodes.Ok;
        }

        using var client = new ZendeskClient(config.Connection.ClientOptions(), log, runtime.Clock);
        using var output = new SingerWriter(runtime.Stdout);
        var options = new WriterOptions(config.CreateUsersAsVerified, config.Parallelism, config.ProfileSource, config.ProfileType, config.Events);
        var users = new UserDirectory(client);
        var organizations = new ExternalIdIndex(client, "organizations");
        var fields = new AccountFields(client, log, config.CreateMissingFields);
        var jobs = new JobRunner(client, config.MaxJobs, runtime.Clock);
        var sink = new RoundWriter(
            fields,
            new UserWriter(client, jobs, users, fields, options, log),
            new OrganizationWriter(client, organizations, fields, options),
            new MembershipWriter(client, users, organizations, options),
            new EventWriter(client, users, options),
            config.RemoveUsersFromOrganizations);
        log.Info($"writing into {config.Connection.BaseUri.Host}");
        var run = new DestinationRun(config, sink, output, rejects, log);
        try
        {
            await run.RunAsync(runtime.Stdin, ct);
        }
        finally
        {
            Report(run, rejects, log, runtime, started);
            var counters = client.Counters;
            log.Info(
                "requests",
                ("total", counters.Requests),
                ("jobs", jobs.Jobs),
                ("job_polls", jobs.Polls),
                ("lookups", users.Lookups + organizations.Lookups),
                ("retries", counters.Retries),
                ("rate_limited", counters.RateLimitWaits));
        }

        if (run.TooManyRejects)
        {
            log.Error($"more than {config.MaxRejects} records were rejected ({run.Summary.Rejected}, listed in '{rejects.Path}'): the run stopped after its last confirmed STATE");
            return ExitCodes.Failure;
        }

        return ExitCodes.Ok;
    }

    private static void Report(DestinationRun run, RejectsFile rejects, ProgramLog log, DestinationRuntime runtime, long started)
    {
        foreach (var line in run.Summary.Lines())
        {
            log.Info(line);
        }

        if (rejects.Written > 0)
        {
            log.Warn($"{rejects.Written} rejected records were added to '{rejects.Path}'");
        }

        log.Info("done", ("seconds", runtime.Clock.GetElapsedTime(started).TotalSeconds));
    }
}
