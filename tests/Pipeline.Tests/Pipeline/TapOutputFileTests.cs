using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

/// <summary>A tap whose output the shell sends to a file writes where the file's other writers do.</summary>
public sealed class TapOutputFileTests
{
    [Fact]
    public async Task Two_taps_and_the_lines_around_them_in_one_redirected_file_all_keep_their_place()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var folder = Directory.CreateTempSubdirectory("zs-tap-file-").FullName;
        try
        {
            var output = Path.Combine(folder, "out.txt");

            // As `{ echo before; tap-zendesk ...; tap-zendesk ...; echo after; } > out.txt` in a script.
            var script = """{ printf 'before\n'; "$0" "$1" --version; "$0" "$1" --version; printf 'after\n'; } > "$2" """;
            var run = await Programs.RunAsync(Programs.Command("/bin/sh", ["-c", script, Programs.DotnetHost, RepositoryLayout.TapDll, output], folder), timeout.Token);

            run.ExitCode.ShouldBe(0, run.Describe());
            var lines = await File.ReadAllLinesAsync(output, timeout.Token);
            lines.Length.ShouldBe(4, string.Join('\n', lines));
            lines[0].ShouldBe("before");
            lines[1].ShouldStartWith("tap-zendesk ");
            lines[2].ShouldBe(lines[1]);
            lines[3].ShouldBe("after");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
