namespace Zendesk.Simulator.Data;

/// <summary>A ticket's satisfaction rating: "offered" (asked, not answered), "good" or "bad".</summary>
internal readonly record struct RatingInfo(long Id, string Score, long Time, int Reason)
{
    public static readonly string[] Reasons = ["No reason provided", "The issue took too long to resolve", "The issue was not resolved", "The agent's knowledge is unsatisfactory", "The agent's attitude is unsatisfactory"];

    public static readonly string[] Comments = ["Great support, thanks!", "Quick and friendly.", "Took far too long.", "Still not fixed.", "Very helpful agent."];

    /// <summary>Derived from the generated audits only, so the ratings index never changes.</summary>
    public static RatingInfo? Derive(int seed, int index, ReadOnlySpan<AuditSpec> generated, long dataEnd)
    {
        long solved = -1;
        foreach (var audit in generated)
        {
            if (audit.Kind == AuditKind.Solve)
            {
                solved = audit.Time;
            }
        }

        if (solved < 0)
        {
            return null;
        }

        var prng = new Prng(seed, Salts.Rating, index);
        var roll = prng.Unit();
        var id = Ids.SatisfactionRating + index;
        if (roll < 0.35)
        {
            var time = solved + prng.Between(600, 86400);
            var good = prng.Chance(0.75);
            if (time <= dataEnd)
            {
                return new RatingInfo(id, good ? "good" : "bad", time, good ? 0 : 1 + prng.Below(Reasons.Length - 1));
            }
        }

        return roll < 0.6 && solved + 60 <= dataEnd ? new RatingInfo(id, "offered", solved + 60, 0) : null;
    }
}
