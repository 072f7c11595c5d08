using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Readme;

/// <summary>The README against what the built programs say of themselves with --about and --help.</summary>
public sealed partial class ReadmeTests
{
    public static TheoryData<string> Programs => ["tap-zendesk", "target-warehouse", "target-zendesk"];

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task The_config_table_lists_exactly_the_settings_the_program_reports_and_marks_its_secrets(string program)
    {
        var properties = JsonNode.Parse(await RunAsync(program, "--about", "--format", "json"))!["settings"]!["properties"]!.AsObject();
        var rows = ConfigRows(program);

        rows.Keys.Order(StringComparer.Ordinal).ShouldBe(properties.Select(p => p.Key).Order(StringComparer.Ordinal), $"README's config table for {program}");
        foreach (var (key, property) in properties)
        {
            var secret = (bool?)property!["secret"] ?? false;
            rows[key].Contains("secret", StringComparison.Ordinal).ShouldBe(secret, $"{program} {key}: the README's type column says secret only for secrets");
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task Every_option_the_readme_gives_the_program_is_one_it_accepts(string program)
    {
        var listed = Option().Matches(await RunAsync(program, "--help")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var used = CommandLines(program).SelectMany(line => Option().Matches(line).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();

        used.ShouldNotBeEmpty($"the README shows no {program} command");
        used.Where(option => !listed.Contains(option)).ShouldBeEmpty($"options the README gives {program} that its --help does not list");
    }

    /// <summary>The rows of the first table under "### Config" in the program's section: key, then the row's second cell (the type).</summary>
    private static Dictionary<string, string> ConfigRows(string program)
    {
        var lines = File.ReadAllLines(RepositoryLayout.ReadmeFile);
        var section = Array.FindIndex(lines, l => l == $"## {program}");
        section.ShouldBeGreaterThanOrEqualTo(0, $"README has no section {program}");
        var config = Array.FindIndex(lines, section, l => l == "### Config");
        config.ShouldBeGreaterThan(section, $"README's {program} section has no config table");
        return lines.Skip(config + 1)
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells[1].StartsWith('`'))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[2], StringComparer.Ordinal);
    }

    /// <summary>The lines of the README's shell blocks that run the program.</summary>
    private static IEnumerable<string> CommandLines(string program)
    {
        var inShell = false;
        foreach (var line in File.ReadAllLines(RepositoryLayout.ReadmeFile))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = line == "```sh";
                continue;
            }

            if (!inShell)
            {
                continue;
            }

            // A pipeline runs two programs: only the part that belongs to this one.
            foreach (var command in line.Split('|'))
            {
                if (command.TrimStart().StartsWith(program + " ", StringComparison.Ordinal))
                {
                    yield return command.Split('#')[0];
                }
            }
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var dll = program switch
        {
            "tap-zendesk" => RepositoryLayout.TapDll,
            "target-warehouse" => RepositoryLayout.TargetDll,
            _ => RepositoryLayout.DestinationDll,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var result = await Support.Programs.RunAsync(Support.Programs.Dll(dll, arguments, RepositoryLayout.Root), timeout.Token);
        result.ExitCode.ShouldBe(0, result.Describe());

        // --help writes its screen to stderr, as CommandLineParser does.
        return arguments.Contains("--help") ? result.Output + result.Errors : result.Output;
    }

    [GeneratedRegex(@"--[a-z][a-z-]*")]
    private static partial Regex Option();
}
