using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Data;

/// <summary>The look-ups behind the write endpoints find every generated text the API renders.</summary>
public sealed class GeneratedKeysTests
{
    private static readonly Zendesk.Simulator.Hosting.SimulatorOptions Options = TestAccount.Small with { Tickets = 3000, Organizations = 40, Seed = 21 };

    [Fact]
    public async Task Every_rendered_user_email_and_external_id_leads_back_to_its_user()
    {
        await using var account = await TestAccount.Start(Options);
        var sim = account.Host.Account;

        var users = await Writes.Users(account);

        users.Count.ShouldBe(sim.UserCount);
        users.Count(u => u.GetProperty("external_id").ValueKind == JsonValueKind.String).ShouldBeGreaterThan(0);
        foreach (var user in users)
        {
            var u = Zendesk.Simulator.Data.Ids.UserIndex(user.Long("id"));
            sim.Users.Keys.ByEmail(user.Text("email")!).ShouldBe(u);
            if (user.Text("external_id") is { } externalId)
            {
                sim.Users.Keys.ByExternalId(externalId).ShouldBe(u);
            }
        }
    }

    [Fact]
    public async Task Every_rendered_organization_external_id_and_name_leads_back_to_its_organization()
    {
        await using var account = await TestAccount.Start(Options);
        var sim = account.Host.Account;

        var organizations = await Lists.WalkOffset(account, "/api/v2/organizations", "organizations");

        organizations.Count(o => o.GetProperty("external_id").ValueKind == JsonValueKind.String).ShouldBeGreaterThan(0);
        foreach (var organization in organizations)
        {
            var o = Zendesk.Simulator.Data.Ids.OrganizationIndex(organization.Long("id"));
            sim.Organizations.Keys.ByName(organization.Text("name")!).ShouldBe(o);
            if (organization.Text("external_id") is { } externalId)
            {
                sim.Organizations.Keys.ByExternalId(externalId).ShouldBe(o);
            }
        }
    }

    [Fact]
    public async Task Texts_no_record_carries_lead_nowhere()
    {
        await using var account = await TestAccount.Start(Options);
        var sim = account.Host.Account;

        sim.Users.Keys.ByEmail("nobody.here.5@example.com").ShouldBe(-1);
        sim.Users.Keys.ByExternalId("crm-1").ShouldBe(-1);
        sim.Organizations.Keys.ByExternalId("ORG-1").ShouldBe(-1);
        sim.Organizations.Keys.ByName("Nowhere Labs 3").ShouldBe(-1);
    }
}
