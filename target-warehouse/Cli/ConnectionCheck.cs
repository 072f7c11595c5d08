using System.Data.Common;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Cli;

/// <summary>
/// <c>--test</c>: connects to the configured warehouse and creates, writes, reads back and drops a
/// table in the configured schema, so missing rights show before a load. It creates the schema and
/// the target's bookkeeping tables when they are missing, as a first load would; a DuckDB file that
/// did not exist is removed again.
/// </summary>
internal static class ConnectionCheck
{
    public static async Task<int> RunAsync(TargetConfig config, Reporter reporter, CancellationToken cancellationToken)
    {
        var newFile = config.Kind != WarehouseKind.Postgres && !File.Exists(config.DuckDbPath);
        try
        {
            return await CheckAsync(config, reporter, cancellationToken);
        }
        finally
        {
            if (newFile)
            {
                foreach (var file in new[] { config.DuckDbPath, config.DuckDbPath + ".wal" }.Where(File.Exists))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static async Task<int> CheckAsync(TargetConfig config, Reporter reporter, CancellationToken cancellationToken)
    {
        await using var dialect = DialectFactory.Create(config);
        var destination = $"{dialect.Description}, schema \"{config.Schema}\"";
        try
        {
            await dialect.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            reporter.Error($"cannot open {destination}: {e.Message}");
            return ExitCodes.Failure;
        }

        var table = $"zs_connection_test_{Environment.ProcessId}";
        try
        {
            var rows = await dialect.RoundTripAsync(table, cancellationToken);
            if (rows != 1)
            {
                reporter.Error($"{destination}: a row written to a test table read back as {rows} rows");
                return ExitCodes.Failure;
            }
        }
        catch (DbException e)
        {
            reporter.Error($"cannot create, write and drop a table in {destination}: {e.Message}");
            return ExitCodes.Failure;
        }

        reporter.Info($"connection test passed: created, wrote, read back and dropped a table in {destination}");
        return ExitCodes.Ok;
    }
}
