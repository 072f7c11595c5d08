using System.Globalization;

namespace Zendesk.Singer.Bench.Target;

/// <summary><c>--records N</c> (default 1,000,000), <c>--batch-size N</c>, <c>--postgres CONNECTION</c> (default: $ZS_TEST_POSTGRES), <c>--work DIR</c>.</summary>
internal sealed record BenchOptions(int Records, int? BatchSize, string? Postgres, string WorkDirectory)
{
    public static BenchOptions Parse(string[] args)
    {
        var records = 1_000_000;
        int? batchSize = null;
        var postgres = Environment.GetEnvironmentVariable("ZS_TEST_POSTGRES");
        var work = Path.Combine(Path.GetTempPath(), "target-bench");
        for (var i = 0; i < args.Length; i++)
        {
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
                default:
                    throw new ArgumentException($"unknown option {args[i]}; use --records N, --batch-size N, --postgres CONNECTION, --work DIR");
            }

            i++;
        }

        return new BenchOptions(records, batchSize, postgres, work);
    }
}
