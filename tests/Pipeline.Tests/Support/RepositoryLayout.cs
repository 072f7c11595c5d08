namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>
/// Where the built programs are. The test project references them all, so the build that compiled the
/// tests also built them, in the same configuration, into their own output folders.
/// </summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release, read from this assembly's output path (bin/&lt;configuration&gt;/...).</summary>
    public static string Configuration { get; } = FindConfiguration();

    public static string TapProject => Path.Combine(Root, "tap-zendesk", "TapZendesk.csproj");

    public static string TargetProject => Path.Combine(Root, "target-warehouse", "TargetWarehouse.csproj");

    public static string DestinationProject => Path.Combine(Root, "target-zendesk", "TargetZendesk.csproj");

    public static string TapDll => Existing(Path.Combine(Root, "tap-zendesk", "bin", Configuration, "net10.0", "tap-zendesk.dll"));

    // The target sets RuntimeIdentifier linux-x64 (DuckDB natives for one platform only).
    public static string TargetDll => Existing(Path.Combine(Root, "target-warehouse", "bin", Configuration, "net10.0", "linux-x64", "target-warehouse.dll"));

    public static string DestinationDll => Existing(Path.Combine(Root, "target-zendesk", "bin", Configuration, "net10.0", "target-zendesk.dll"));

    public static string MeltanoFile => Path.Combine(Root, "meltano.yml");

    public static string ReadmeFile => Path.Combine(Root, "README.md");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Zendesk.Singer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Zendesk.Singer.sln above {AppContext.BaseDirectory}");
    }

    private static string FindConfiguration()
    {
        var parts = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Debug";
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build the solution in {Configuration} first", path);
}
