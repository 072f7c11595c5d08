namespace Zendesk.Simulator.Hosting;

/// <summary>Zendesk Suite plans, from the smallest. The plan sets the account rate limit and which endpoints answer 403.</summary>
internal enum ZendeskPlan
{
    Team,
    Growth,
    Professional,
    Enterprise,
    EnterprisePlus,
}
