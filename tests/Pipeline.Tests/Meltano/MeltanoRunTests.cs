using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Meltano;

/// <summary>
/// Both programs run as <c>meltano run tap-zendesk target-warehouse</c> runs them: config files
/// written from meltano.yml, a catalog with Meltano's select rules applied, and the state handed over
/// through the state backend's JSON.
/// </summary>
public sealed class MeltanoRunTests
{
    private static readonly string[] Rules = ["tickets.*", "groups.*", "users.*", "!users.email", "!users.phone"];

    [Fact]
    public async Task A_Meltano_style_run_loads_the_selected_streams_into_the_extractors_schema_and_resumes_from_the_stored_state()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = timeout.Token;
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tickets = 60, RateLimits = false }, ct);
        var folder = Directory.CreateTempSubdirectory("zs-meltano-").FullName;
        try
        {
            var extractor = new MeltanoProject("extractors", "tap-zendesk");
            var loader = new MeltanoProject("loaders", "target-warehouse");

            // A user signing in with an API token sets those keys in the environment and drops the OAuth ones from meltano.yml.
            var simulatorConfig = TapConfigs.For(simulator);
            var tap = extractor.Config(new Dictionary<string, JsonNode?>
            {
                ["client_id"] = null,
                ["token_file"] = null,
                ["subdomain"] = null,
                ["base_url"] = simulatorConfig["base_url"]!.DeepClone(),
                ["email"] = simulatorConfig["email"]!.DeepClone(),
                ["api_token"] = simulatorConfig["api_token"]!.DeepClone(),
                ["start_date"] = simulatorConfig["start_date"]!.DeepClone(),
                ["request_budgets"] = false,
            });
            var target = loader.Config(new Dictionary<string, JsonNode?>
            {
                ["schema"] = null,
                ["default_target_schema"] = "$MELTANO_EXTRACT__LOAD_SCHEMA",
            }, extractor);
            var tapConfig = Write(folder, "tap.json", tap);
            var targetConfig = Write(folder, "target.json", target);

            var discovery = await Programs.RunAsync(Programs.Dll(RepositoryLayout.TapDll, ["--config", tapConfig, "--discover"], folder), ct);
            discovery.ExitCode.ShouldBe(0, discovery.Describe());
            var catalog = Write(folder, "catalog.json", MeltanoProject.Select(JsonNode.Parse(discovery.Output)!.AsObject(), Rules));

            var first = await SingerPipeline.RunAsync(["--config", tapConfig, "--catalog", catalog], ["--config", targetConfig], folder, Path.Combine(folder, "run1.singer"), ct);
            first.Succeeded.ShouldBeTrue(first.Describe());
            var stored = MeltanoProject.StoredState(first.LastState.ShouldNotBeNull());

            // The ticket export lists deleted tickets too, with status "deleted".
            var tickets = simulator.Account.TicketCount;
            var database = Path.Combine(folder, (string)target["path"]!);
            (await CountAsync(database, extractor.Namespace, "tickets")).ShouldBe(tickets);
            (await CountAsync(database, extractor.Namespace, "groups")).ShouldBe(first.Emitted("groups").Count);
            var userColumns = await ColumnsAsync(database, extractor.Namespace, "users");
            userColumns.ShouldContain("name");
            userColumns.ShouldNotContain("email");
            userColumns.ShouldNotContain("phone");
            (await ColumnsAsync(database, extractor.Namespace, "organizations")).ShouldBeEmpty("organizations matched no rule");

            var state = Write(folder, "state.json", MeltanoProject.StateFile(stored));
            var second = await SingerPipeline.RunAsync(["--config", tapConfig, "--catalog", catalog, "--state", state], ["--config", targetConfig], folder, Path.Combine(folder, "run2.singer"), ct);

            second.Succeeded.ShouldBeTrue(second.Describe());
            second.Emitted("tickets").Count.ShouldBeLessThan(first.Emitted("tickets").Count / 4, "the second run starts from the stored bookmarks");
            (await CountAsync(database, extractor.Namespace, "tickets")).ShouldBe(tickets);
            second.LastState.ShouldNotBeNull()["bookmarks"]!["tickets"].ShouldNotBeNull();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Write(string folder, string name, JsonNode content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content.ToJsonString());
        return path;
    }

    private static async Task<long> CountAsync(string database, string schema, string table)
    {
        await using var connection = new DuckDBConnection($"Data Source={database};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{schema}\".\"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> ColumnsAsync(string database, string schema, string table)
    {
        await using var connection = new DuckDBConnection($"Data Source={database};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2";
        var schemaParameter = command.CreateParameter();
        schemaParameter.Value = schema;
        command.Parameters.Add(schemaParameter);
        var tableParameter = command.CreateParameter();
        tableParameter.Value = table;
        command.Parameters.Add(tableParameter);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
