using System.Globalization;

namespace Zendesk.Singer.Bench.Target;

/// <summary>
/// <c>--records N</c> (default 1,000,000), <c>--batch-size N</c>, <c>--postgres CONNECTION</c> (default: $ZS_TEST_POSTGRES),
/// <c>--work DIR</c>, <c>--runs N</c> (how often each load and its ceiling are repeated, default 1), <c>--batch-only</c>
/// (only the BATCH comparison, not the RECORD runs).
/// </summary>
internal sealed record BenchOptions(int Records, int? BatchSize, string? Postgres, string WorkDirectory, int Runs = 1, bool BatchOnly = false)
{
    public static BenchOptions Parse(string[] args)
    {
        var records = 1_000_000;
        int? batchSize = null;
        var postgres = Environment.GetEnvironmentVariable("ZS_TEST_POSTGRES");
        var work = Path.Combine(Path.GetTempPath(), "target-bench");
        var runs = 1;
        var batchOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--batch-only")
            {
                batchOnly = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--records":
                    records = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--batch-size":
                    batchSize = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--postgres":
                    postgres = value;
                    break;
                case "--work":
                    work = value;
                    break;
                case "--runs":
                    runs = Math.Max(1, int.Parse(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}; use --records N, --batch-size N, --postgres CONNECTION, --work DIR, --runs N, --batch-only");
            }

            i++;
        }

        return new BenchOptions(records, batchSize, postgres, work, runs, batchOnly);
    }
}
