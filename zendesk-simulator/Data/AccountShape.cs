namespace Zendesk.Simulator.Data;

/// <summary>The fixed facts every derived record depends on: seed, sizes and the generated time span.</summary>
internal sealed record AccountShape(
    int Seed,
    int Users,
    int Agents,
    int Admins,
    int Organizations,
    int Groups,
    int Brands,
    int Forms,
    long DataStart,
    long DataEnd,
    string Subdomain)
{
    public int EndUsers => Users - Agents;
}
