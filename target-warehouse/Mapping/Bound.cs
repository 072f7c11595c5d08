using System.Text.Json;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>A lower or upper bound of a number, compared exactly where both sides fit a decimal.</summary>
/// <param name="Keyword">The schema keyword it came from, for the message.</param>
internal readonly record struct Bound(JsonElement Limit, bool Exclusive, bool Lower, string Keyword)
{
    public bool Admits(double value, decimal? exact)
    {
        var order = exact is { } d && Limit.TryGetDecimal(out var limit) ? d.CompareTo(limit) : value.CompareTo(Limit.GetDouble());
        var side = Lower ? order : -order;
        return Exclusive ? side > 0 : side >= 0;
    }

    public Bound Tighter(Bound other)
    {
        var order = Limit.TryGetDecimal(out var a) && other.Limit.TryGetDecimal(out var b) ? a.CompareTo(b) : Limit.GetDouble().CompareTo(other.Limit.GetDouble());
        if (order == 0)
        {
            return Exclusive ? this : other;
        }

        return (order > 0) == Lower ? this : other;
    }

    public string Describe() => $"{Keyword} {Limit.GetRawText()}";
}
