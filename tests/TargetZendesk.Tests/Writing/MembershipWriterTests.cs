using Zendesk.Singer.Destination.Tests.Fixtures;
using static Zendesk.Singer.Destination.Tests.Fixtures.Records;

namespace Zendesk.Singer.Destination.Tests.Writing;

public sealed class MembershipWriterTests
{
    private static readonly string[] AnnInAcme =
    [
        Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""),
        Group("""{"groupId":"g-1","userId":"u-1","traits":{"name":"Acme"}}"""),
    ];

    private static readonly string AnnLeavesAcme = Identify("""{"userId":"u-1","traits":{"name":"Ann","company":{"id":"g-1","remove":true}}}""");

    [Fact]
    public async Task With_remove_users_from_organizations_an_identify_whose_company_says_remove_ends_the_membership()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["remove_users_from_organizations"] = true;
        await bed.RunAsync(AnnInAcme);

        var output = await bed.RunAsync(AnnLeavesAcme);

        output.Rejects.ShouldBeEmpty();
        (await bed.MembershipsAsync(await UserIdAsync(bed))).ShouldNotContain(await OrganizationIdAsync(bed));
    }

    [Fact]
    public async Task Without_the_setting_such_an_identify_is_an_ordinary_identify()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(AnnInAcme);

        await bed.RunAsync(AnnLeavesAcme);

        (await bed.MembershipsAsync(await UserIdAsync(bed))).ShouldContain(await OrganizationIdAsync(bed));
    }

    [Fact]
    public async Task Of_a_join_and_a_leave_in_one_round_the_later_decides()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["remove_users_from_organizations"] = true;

        await bed.RunAsync([.. AnnInAcme, AnnLeavesAcme]);
        (await bed.MembershipsAsync(await UserIdAsync(bed))).ShouldNotContain(await OrganizationIdAsync(bed));

        await bed.RunAsync([AnnLeavesAcme, AnnInAcme[1]]);
        (await bed.MembershipsAsync(await UserIdAsync(bed))).ShouldContain(await OrganizationIdAsync(bed));
    }

    [Fact]
    public async Task Leaving_an_organization_the_user_is_not_in_is_no_failure()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["remove_users_from_organizations"] = true;

        var output = await bed.RunAsync(AnnLeavesAcme);

        output.ExitCode.ShouldBe(0);
        output.Rejects.ShouldBeEmpty();
    }

    private static async Task<long> UserIdAsync(DestinationBed bed) => (await bed.UserAsync("u-1"))!["id"]!.GetValue<long>();

    private static async Task<long> OrganizationIdAsync(DestinationBed bed) => (await bed.OrganizationAsync("g-1"))!["id"]!.GetValue<long>();
}
