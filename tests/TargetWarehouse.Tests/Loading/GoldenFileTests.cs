using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>
/// Replays every golden Singer file through the program's entry point against a real engine and
/// compares the tables, the STATE messages written and the error with the expected file. Written
/// once; the engine-specific subclasses run it against DuckDB and PostgreSQL.
/// </summary>
public abstract class GoldenFileTests(EngineKind engineKind)
{
    public static TheoryData<string> Cases => [.. GoldenCase.Names()];

    [Theory]
    [MemberData(nameof(Cases), MemberType = typeof(GoldenFileTests))]
    public async Task Loads_the_golden_file_as_expected(string name)
    {
        var golden = GoldenCase.Load(name);
        await using var engine = TestEngine.Create(engineKind);
        var result = await TargetRunner.RunAsync(engine, await File.ReadAllTextAsync(golden.InputPath), golden.Config?.DeepClone().AsObject());

        var expectedError = golden.Expected["error"]?.GetValue<string>();
        var tables = new Dictionary<string, TableDump>(StringComparer.Ordinal);
        foreach (var table in await engine.TablesAsync())
        {
            tables[table] = await engine.DumpAsync(table);
        }

        var actual = GoldenCase.Describe(golden.Config, result, expectedError is not null && result.Error.Contains(expectedError, StringComparison.Ordinal) ? expectedError : FirstError(result.Error), tables);
        var expectedText = GoldenCase.Text(golden.Expected);
        var actualText = GoldenCase.Text(actual);
        if (expectedText != actualText)
        {
            var dump = Path.Combine(Path.GetTempPath(), "tw-golden-actual", engineKind.ToString(), name + ".expected.json");
            Directory.CreateDirectory(Path.GetDirectoryName(dump)!);
            await File.WriteAllTextAsync(dump, actualText + "\n");
            actualText.ShouldBe(expectedText, $"{name} against {engineKind} differs from its expected file (the actual outcome is in {dump}); stderr was:\n{result.Error}");
        }
    }

    private static string? FirstError(string stderr) =>
        stderr.Split('\n').FirstOrDefault(l => l.Contains("error: ", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf("error: ", StringComparison.Ordinal) + "error: ".Length)..]
            : null;
}
