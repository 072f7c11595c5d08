namespace Zendesk.Simulator.Data;

/// <summary>Ticket skips, in id order.</summary>
internal sealed class SkipStore(int[] tickets, int[] users, long[] times)
{
    public int Count => tickets.Length;

    public int Ticket(int n) => tickets[n];

    public int User(int n) => users[n];

    public long Time(int n) => times[n];

    public static long Id(int n) => Ids.Skip + n + 1;
}
