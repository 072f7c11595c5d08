using System.Globalization;

namespace Zendesk.Singer.Bench;

/// <summary>The bench's knobs: <c>--users</c>, <c>--budget</c>, <c>--scale</c>.</summary>
internal sealed record BenchOptions
{
    /// <summary>Identify calls written, each a new user.</summary>
    public int Users { get; init; } = 100_000;

    /// <summary>The account's limit and the target's budget, requests per minute.</summary>
    public int Budget { get; init; } = 200;

    /// <summary>How many times faster than real time the budget's minute passes.</summary>
    public double Scale { get; init; } = 5;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--users" => options with { Users = Int(value) },
                "--budget" => options with { Budget = Int(value) },
                "--scale" => options with { Scale = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}; see bench/DestinationBench/Program.cs"),
            };
        }

        return options;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
