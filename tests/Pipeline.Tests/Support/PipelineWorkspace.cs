using System.Text.Json;
using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// A folder with what a user keeps between runs: the tap's config pointing at the simulator, the
/// target's config (target.json.example pointed at the warehouse), an optional catalog, and the
/// state saved from the target's last STATE line.
/// </summary>
internal sealed class PipelineWorkspace : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly string _folder = Directory.CreateTempSubdirectory("zs-pipeline-").FullName;
    private int _runs;

    public PipelineWorkspace(SimulatorHost simulator, Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(warehouse);
        var tap = TapConfigs.For(simulator);

        // Small pages so that a few hundred tickets still take several pages and STATEs.
        tap["page_size"] = 50;
        tap["request_budgets"] = false;
        Write(TapConfigPath, tap);

        var target = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "target.json.example")))!.AsObject();
        foreach (var (key, value) in warehouse.ConnectionConfig())
        {
            target[key] = value?.DeepClone();
        }

        target["batch_size_rows"] = 500;
        Write(TargetConfigPath, target);
    }

    public string Folder => _folder;

    public string TapConfigPath => Path.Combine(_folder, "tap.json");

    public int Runs => _runs;

    public string TargetConfigPath => Path.Combine(_folder, "target.json");

    public string CatalogPath => Path.Combine(_folder, "catalog.json");

    public string StatePath => Path.Combine(_folder, "state.json");

    public void UseCatalog(JsonObject catalog) => Write(CatalogPath, catalog);

    /// <summary>Sets one key of the tap's config, as a user editing it between runs.</summary>
    public void SetTapSetting(string key, JsonNode value)
    {
        var tap = JsonNode.Parse(File.ReadAllText(TapConfigPath))!.AsObject();
        tap[key] = value;
        Write(TapConfigPath, tap);
    }

    public async Task<JsonObject> DiscoverAsync(CancellationToken cancellationToken)
    {
        var result = await Programs.RunAsync(Programs.Dll(RepositoryLayout.TapDll, ["--config", TapConfigPath, "--discover"], _folder), cancellationToken);
        result.ExitCode.ShouldBe(0, result.Describe());
        return JsonNode.Parse(result.Output)!.AsObject();
    }

    /// <summary>One run, with the catalog and the saved state when there are; saves the last STATE the target printed, as a user would.</summary>
    public async Task<PipelineResult> RunAsync(CancellationToken cancellationToken, PipelineKill? kill = null)
    {
        List<string> tap = ["--config", TapConfigPath];
        if (File.Exists(CatalogPath))
        {
            tap.AddRange(["--catalog", CatalogPath]);
        }

        if (File.Exists(StatePath))
        {
            tap.AddRange(["--state", StatePath]);
        }

        var capture = Path.Combine(_folder, $"run{++_runs}.singer");
        var result = await SingerPipeline.RunAsync(tap, ["--config", TargetConfigPath], _folder, capture, cancellationToken, kill);
        await File.WriteAllTextAsync(Path.Combine(_folder, $"run{_runs}.target-stdout.txt"), result.TargetOutput, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_folder, $"run{_runs}.target-stderr.txt"), result.TargetErrors, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_folder, $"run{_runs}.tap-stderr.txt"), result.TapErrors, cancellationToken);
        if (result.LastState is { } state)
        {
            Write(StatePath, state);
        }

        return result;
    }

    /// <summary>Copies the folder (configs, state, every run's pipe and logs) somewhere that outlives the test, and says where.</summary>
    public string Keep()
    {
        var kept = Directory.CreateTempSubdirectory("zs-pipeline-kept-").FullName;
        foreach (var file in Directory.GetFiles(_folder))
        {
            File.Copy(file, Path.Combine(kept, Path.GetFileName(file)));
        }

        return kept;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void Write(string path, JsonNode content) => File.WriteAllText(path, content.ToJsonString(Indented));
}
