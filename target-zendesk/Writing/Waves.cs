namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// Splits writes that run side by side into waves, so that two writes to the same record never share
/// one: the second waits for the first, and the record ends as the input's order says.
/// </summary>
internal static class Waves
{
    public static List<List<T>> Split<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys)
    {
        var waves = new List<List<T>>();
        var lastWave = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var itemKeys = keys(item).ToList();
            var wave = 0;
            foreach (var key in itemKeys)
            {
                if (lastWave.TryGetValue(key, out var earlier))
                {
                    wave = Math.Max(wave, earlier + 1);
                }
            }

            if (wave == waves.Count)
            {
                waves.Add([]);
            }

            waves[wave].Add(item);
            foreach (var key in itemKeys)
            {
                lastWave[key] = wave;
            }
        }

        return waves;
    }
}
