using System.Globalization;

namespace Zendesk.Singer.Bench.Target;

/// <summary>Ratios of the target's time to an engine's own, gathered over runs and summed up by their median.</summary>
internal sealed class Ratios
{
    private readonly List<double> _values = [];

    public int Count => _values.Count;

    public void Add(double ratio) => _values.Add(ratio);

    public double Median()
    {
        var sorted = _values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The median, then every run's ratio in run order.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Median():0.00}x (median of {_values.Count}: {string.Join(", ", _values.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))})");
}
