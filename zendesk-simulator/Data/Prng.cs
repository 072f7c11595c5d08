namespace Zendesk.Simulator.Data;

/// <summary>
/// A small deterministic generator (SplitMix64). Every record is derived from (seed, kind, index),
/// so any record can be rebuilt on demand without storing it.
/// </summary>
internal struct Prng
{
    private ulong _state;

    public Prng(int seed, int salt, long index)
    {
        _state = Mix(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ Mix(unchecked((ulong)salt + 0x632BE59BD9B4E019UL)) ^ Mix(unchecked((ulong)index * 0xD1B54A32D192ED03UL + 1)));
    }

    public static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    public ulong Next()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    /// <summary>A value in [0, n).</summary>
    public int Below(int n) => n <= 1 ? 0 : (int)(Next() % (ulong)n);

    /// <summary>A value in [min, max].</summary>
    public long Between(long min, long max) => max <= min ? min : min + (long)(Next() % (ulong)(max - min + 1));

    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Unit() < p;

    public T Pick<T>(T[] items) => items[Below(items.Length)];
}
