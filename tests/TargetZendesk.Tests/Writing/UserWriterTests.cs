using Zendesk.Singer.Destination.Tests.Fixtures;
using static Zendesk.Singer.Destination.Tests.Fixtures.Records;

namespace Zendesk.Singer.Destination.Tests.Writing;

public sealed class UserWriterTests
{
    [Fact]
    public async Task An_identify_creates_a_user_with_every_mapped_trait()
    {
        await using var bed = await DestinationBed.StartAsync();
        var organization = (await bed.GetAsync("/api/v2/organizations"))["organizations"]![0]!["id"]!.GetValue<long>();

        var output = await bed.RunAsync(Identify($$$"""{"userId":"u-1","traits":{"email":"ann@example.com","firstName":"Ann","lastName":"Lee","organizationId":{{{organization}}},"phone":"+33 1 23 45 67 89","timezone":"Europe/Paris"}}"""));

        output.ExitCode.ShouldBe(0);
        var user = (await bed.UserAsync("u-1")).ShouldNotBeNull();
        user["name"]!.GetValue<string>().ShouldBe("Ann Lee");
        user["email"]!.GetValue<string>().ShouldBe("ann@example.com");
        user["organization_id"]!.GetValue<long>().ShouldBe(organization);
        user["phone"]!.GetValue<string>().ShouldBe("+33 1 23 45 67 89");
        user["time_zone"]!.GetValue<string>().ShouldBe("Paris");
        output.Stderr.ShouldContain("identify: 1 received, 1 created, 0 updated");
    }

    [Fact]
    public async Task An_identify_updates_the_user_that_has_its_email()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""));

        var output = await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann Lee"}}"""));

        (await bed.UserAsync("u-1"))!["name"]!.GetValue<string>().ShouldBe("Ann Lee");
        output.Stderr.ShouldContain("identify: 1 received, 0 created, 1 updated");
    }

    [Fact]
    public async Task An_identify_without_email_finds_its_user_by_external_id_whatever_the_case()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(Identify("""{"userId":"U-1","traits":{"email":"ann@example.com","name":"Ann"}}"""));

        await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"name":"Ann Lee"}}"""));

        var users = (await bed.GetAsync("/api/v2/users/search?query=email:ann@example.com"))["users"]!.AsArray();
        users.ShouldHaveSingleItem()!["name"]!.GetValue<string>().ShouldBe("Ann Lee");
    }

    [Fact]
    public async Task Two_identifies_of_one_user_in_one_round_end_as_the_later_says()
    {
        await using var bed = await DestinationBed.StartAsync();

        await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"First"}}"""),
            Identify("""{"userId":"u-2","traits":{"email":"bob@example.com","name":"Bob"}}"""),
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Second"}}"""));

        (await bed.UserAsync("u-1"))!["name"]!.GetValue<string>().ShouldBe("Second");
    }

    [Fact]
    public async Task A_custom_trait_goes_to_the_user_field_of_its_snake_case_key()
    {
        await using var bed = await DestinationBed.StartAsync();
        (await bed.GetAsync("/api/v2/user_fields"))["user_fields"]!.AsArray().ShouldContain(f => f!["key"]!.GetValue<string>() == "employee_number");

        await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"name":"Ann","employeeNumber":4711}}"""));

        (await bed.UserAsync("u-1"))!["user_fields"]!["employee_number"]!.GetValue<long>().ShouldBe(4711);
    }

    [Fact]
    public async Task A_custom_trait_without_a_field_is_reported_once_and_left_out()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"name":"Ann","shoeSize":38}}"""),
            Identify("""{"userId":"u-2","traits":{"name":"Bob","shoeSize":44}}"""));

        output.ExitCode.ShouldBe(0);
        output.Stderr.Split('\n').Count(l => l.Contains("\"shoe_size\"", StringComparison.Ordinal)).ShouldBe(1);
        (await bed.UserAsync("u-2"))!["user_fields"]!.AsObject().ContainsKey("shoe_size").ShouldBeFalse();
    }

    [Fact]
    public async Task With_create_missing_fields_a_custom_trait_creates_its_field()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["create_missing_fields"] = true;

        await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"name":"Ann","shoeSize":38}}"""));

        var field = (await bed.GetAsync("/api/v2/user_fields"))["user_fields"]!.AsArray().Single(f => f!["key"]!.GetValue<string>() == "shoe_size");
        field!["type"]!.GetValue<string>().ShouldBe("integer");
        (await bed.UserAsync("u-1"))!["user_fields"]!["shoe_size"]!.GetValue<long>().ShouldBe(38);
    }

    [Fact]
    public async Task With_create_users_as_verified_users_are_created_verified()
    {
        await using var bed = await DestinationBed.StartAsync();
        bed.Config["create_users_as_verified"] = true;

        await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""));

        (await bed.UserAsync("u-1"))!["verified"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Users_are_created_unverified_by_default()
    {
        await using var bed = await DestinationBed.StartAsync();

        await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""));

        (await bed.UserAsync("u-1"))!["verified"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Users_go_a_hundred_to_a_job()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync([.. Enumerable.Range(1, 250).Select(i => Identify($$$"""{"userId":"u-{{{i}}}","traits":{"email":"user{{{i}}}@example.com","name":"User {{{i}}}"}}"""))], [], CancellationToken.None);

        output.Stderr.ShouldContain("identify: 250 received, 250 created");
        output.Stderr.ShouldContain("jobs=3");
        (await bed.UserAsync("u-250")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Without_bulk_imports_users_are_written_one_request_each_with_the_same_result()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.Api.PutAsync("/__admin/settings", new StringContent("""{"bulk_imports":false}""", System.Text.Encoding.UTF8, "application/json"));

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""),
            Identify("""{"userId":"u-2","traits":{"email":"bob@example.com","name":"Bob"}}"""));

        output.ExitCode.ShouldBe(0);
        output.Stderr.ShouldContain("does not take users in bulk");
        output.Stderr.ShouldContain("identify: 2 received, 2 created");
        (await bed.UserAsync("u-2")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_user_zendesk_refuses_is_rejected_with_zendesks_reason_and_the_others_are_written()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"not an email","name":"Ann"}}"""),
            Identify("""{"userId":"u-2","traits":{"email":"bob@example.com","name":"Bob"}}"""));

        output.ExitCode.ShouldBe(0);
        var reject = output.Rejects.ShouldHaveSingleItem();
        reject["line"]!.GetValue<long>().ShouldBe(1);
        reject["stream"]!.GetValue<string>().ShouldBe("identifies");
        reject["reason"]!.GetValue<string>().ShouldContain("mail", Case.Insensitive);
        (await bed.UserAsync("u-2")).ShouldNotBeNull();
    }

    [Fact]
    public async Task An_identify_whose_email_several_users_hold_updates_none_and_is_rejected()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""),
            Identify("""{"userId":"u-2","traits":{"email":"bob@example.com","name":"Bob"}}"""));
        var bob = (await bed.UserAsync("u-2"))!["id"]!.GetValue<long>();
        (await bed.Api.PostAsync($"/__admin/users/{bob}/identities", new StringContent("""{"type":"email","value":"ann@example.com"}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var output = await bed.RunAsync(
            Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann Changed"}}"""),
            Track("""{"userId":"u-1","event":"Signed Up","properties":{"email":"ann@example.com"}}"""));

        output.Rejects.Count.ShouldBe(2);
        output.Rejects[0]["reason"]!.GetValue<string>().ShouldContain("already being used by another user");
        output.Rejects[1]["reason"]!.GetValue<string>().ShouldBe("2 Zendesk users have the email of properties.email; the event is not sent to any");
        (await bed.UserAsync("u-1"))!["name"]!.GetValue<string>().ShouldBe("Ann");
    }

    [Fact]
    public async Task A_bulk_job_whose_answer_is_lost_is_sent_again_and_leaves_each_user_once()
    {
        await using var bed = await DestinationBed.StartAsync();
        (await bed.Api.PostAsync("/__admin/faults", new StringContent("""{"kind":"server_error","status":502,"count":1,"method":"POST","after_effect":true,"path_prefix":"/api/v2/users/create_or_update_many"}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var output = await bed.RunAsync(Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}"""));

        output.ExitCode.ShouldBe(0, output.Stderr);
        output.Rejects.ShouldBeEmpty();
        output.Stderr.ShouldContain("retrying a Zendesk request");
        (await bed.GetAsync("/api/v2/users/search?query=email:ann@example.com"))["users"]!.AsArray().Count.ShouldBe(1);
    }
}
