using Zendesk.Singer.Destination.Tests.Fixtures;
using static Zendesk.Singer.Destination.Tests.Fixtures.Records;

namespace Zendesk.Singer.Destination.Tests.Writing;

public sealed class OrganizationWriterTests
{
    [Fact]
    public async Task A_group_creates_the_organization_of_its_group_id_and_makes_its_user_a_member()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""),
            Group("""{"groupId":"g-1","userId":"u-1","traits":{"name":"Acme","domainNames":["acme.com"],"tags":["vip","gold"]}}"""));

        output.ExitCode.ShouldBe(0);
        var organization = (await bed.OrganizationAsync("g-1")).ShouldNotBeNull();
        organization["name"]!.GetValue<string>().ShouldBe("Acme");
        organization["domain_names"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["acme.com"]);
        organization["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["vip", "gold"], ignoreOrder: true);
        var user = await bed.UserAsync("u-1");
        (await bed.MembershipsAsync(user!["id"]!.GetValue<long>())).ShouldContain(organization["id"]!.GetValue<long>());
        output.Stderr.ShouldContain("group: 1 received, 1 created");
    }

    [Fact]
    public async Task A_group_again_updates_the_organization_and_finds_the_membership_already_there()
    {
        await using var bed = await DestinationBed.StartAsync();
        string[] input =
        [
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""),
            Group("""{"groupId":"g-1","userId":"u-1","traits":{"name":"Acme"}}"""),
        ];
        await bed.RunAsync(input);

        var output = await bed.RunAsync(Group("""{"groupId":"G-1","userId":"u-1","traits":{"name":"Acme Inc"}}"""));

        output.ExitCode.ShouldBe(0);
        output.Rejects.ShouldBeEmpty();
        output.Stderr.ShouldContain("group: 1 received, 0 created, 1 updated");
        (await bed.OrganizationAsync("g-1"))!["name"]!.GetValue<string>().ShouldBe("Acme Inc");
        var user = await bed.UserAsync("u-1");
        (await bed.MembershipsAsync(user!["id"]!.GetValue<long>())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_group_without_user_id_is_rejected_by_default()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(Group("""{"groupId":"g-1","traits":{"name":"Acme"}}"""));

        output.Rejects.ShouldHaveSingleItem()["reason"]!.GetValue<string>().ShouldStartWith("field \"userId\"");
        (await bed.OrganizationAsync("g-1")).ShouldBeNull();
    }

    [Fact]
    public async Task With_send_group_calls_without_user_id_a_group_without_user_id_writes_the_organization_alone()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["send_group_calls_without_user_id"] = true;

        var output = await bed.RunAsync(Group("""{"groupId":"g-1","traits":{"name":"Acme"}}"""));

        output.Rejects.ShouldBeEmpty();
        (await bed.OrganizationAsync("g-1")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_group_whose_traits_say_deleted_deletes_its_organization()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""),
            Group("""{"groupId":"g-1","userId":"u-1","traits":{"name":"Acme"}}"""));

        var output = await bed.RunAsync(Group("""{"groupId":"g-1","userId":"u-1","traits":{"deleted":true}}"""));

        output.Rejects.ShouldBeEmpty();
        (await bed.OrganizationAsync("g-1")).ShouldBeNull();
    }

    [Fact]
    public async Task A_group_for_a_user_zendesk_does_not_know_is_rejected_and_its_organization_still_written()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(Group("""{"groupId":"g-1","userId":"nobody","traits":{"name":"Acme"}}"""));

        output.Rejects.ShouldHaveSingleItem()["reason"]!.GetValue<string>().ShouldContain("no Zendesk user has the external_id");
        (await bed.OrganizationAsync("g-1")).ShouldNotBeNull();
    }
}
