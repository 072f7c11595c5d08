namespace Zendesk.Simulator.Data;

/// <summary>How a ticket was opened: derived from the seed, fixed for the ticket's life.</summary>
internal readonly record struct TicketHeader(
    long Created,
    int Requester,
    int Organization,
    int PlannedAssignee,
    int PlannedGroup,
    byte Priority,
    byte Type,
    byte Channel,
    byte Brand,
    byte Form)
{
    public static TicketHeader Derive(AccountShape shape, UserStore users, int index, long created)
    {
        var prng = new Prng(shape.Seed, Salts.TicketHeader, index);
        var requester = shape.Agents + prng.Below(Math.Max(1, shape.EndUsers));
        if (requester >= shape.Users)
        {
            requester = shape.Users - 1;
        }

        // The account owner (user 0) gets a share of the tickets so that its activity stream is not empty.
        var assignee = prng.Chance(0.1) ? 0 : prng.Below(shape.Agents);
        var priority = Weighted(ref prng, [5, 15, 50, 25, 5]);
        var type = Weighted(ref prng, [10, 40, 30, 10, 10]);
        var channel = Weighted(ref prng, [40, 35, 10, 10, 3, 2]);
        var brand = (byte)(prng.Chance(0.8) ? 0 : prng.Below(shape.Brands));
        var form = (byte)(prng.Chance(0.7) ? 0 : prng.Below(shape.Forms));
        return new TicketHeader(created, requester, users.Organization[requester], assignee, users.DefaultGroup[assignee], priority, type, channel, brand, form);
    }

    private static byte Weighted(ref Prng prng, ReadOnlySpan<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = prng.Below(total);
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return (byte)i;
            }
        }

        return 0;
    }
}
