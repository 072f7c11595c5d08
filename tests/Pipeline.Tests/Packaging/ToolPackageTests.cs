using System.IO.Compression;
using System.Xml.Linq;
using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Packaging;

/// <summary>
/// <c>dotnet pack</c> of the three programs, then <c>dotnet tool install --tool-path</c> from that local
/// feed alone (no other source, a private package cache), then <c>--version</c> of each installed command.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Every_program_packs_installs_as_a_dotnet_tool_and_prints_the_version_its_package_carries()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var ct = timeout.Token;
        var folder = Directory.CreateTempSubdirectory("zs-tools-").FullName;
        try
        {
            var feed = Path.Combine(folder, "feed");
            var tools = Path.Combine(folder, "tools");
            var config = Path.Combine(folder, "nuget.config");
            await File.WriteAllTextAsync(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """, ct);

            (string Project, string Command)[] programs =
            [
                (RepositoryLayout.TapProject, "tap-zendesk"),
                (RepositoryLayout.TargetProject, "target-warehouse"),
                (RepositoryLayout.DestinationProject, "target-zendesk"),
            ];
            foreach (var (project, _) in programs)
            {
                // The test build already built the programs in this configuration: pack what it built.
                var pack = await DotnetAsync(folder, ct, "pack", project, "-c", RepositoryLayout.Configuration, "--no-build", "-o", feed, "-nologo");
                pack.ExitCode.ShouldBe(0, pack.Describe());
            }

            foreach (var (project, command) in programs)
            {
                var (id, version) = PackageOf(feed, project);
                var install = await DotnetAsync(folder, ct, "tool", "install", id, "--version", version, "--tool-path", tools, "--configfile", config);
                install.ExitCode.ShouldBe(0, install.Describe());

                var run = await Programs.RunAsync(Programs.Command(Path.Combine(tools, command), ["--version"], folder), ct);

                run.ExitCode.ShouldBe(0, run.Describe());
                run.Output.Trim().ShouldBe($"{command} {version}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<ProcessResult> DotnetAsync(string folder, CancellationToken ct, params string[] arguments)
    {
        var start = Programs.Command(Programs.DotnetHost, arguments, folder);

        // A private package cache: an older package of the same version cached on this machine must not stand in for the new one.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "packages");
        return Programs.RunAsync(start, ct);
    }

    private static (string Id, string Version) PackageOf(string feed, string project)
    {
        var id = XDocument.Load(project).Descendants("PackageId").Single().Value;
        var package = Directory.GetFiles(feed, $"{id}.*.nupkg").ShouldHaveSingleItem();
        using var archive = ZipFile.OpenRead(package);
        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var version = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "version").Value;
        return (id, version);
    }
}
