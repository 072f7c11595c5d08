using Zendesk.Singer.Destination.Tests.Fixtures;
using static Zendesk.Singer.Destination.Tests.Fixtures.Records;

namespace Zendesk.Singer.Destination.Tests.Writing;

public sealed class EventWriterTests
{
    private static readonly string Ann = Identify("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann"}}""");

    [Fact]
    public async Task A_track_of_a_listed_event_becomes_a_profile_event_of_its_user()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(Ann, Track("""{"userId":"u-1","event":"Signed Up","properties":{"plan":"pro"},"timestamp":"2026-11-30T08:00:00Z"}"""));

        output.ExitCode.ShouldBe(0);
        var recorded = (await bed.EventsAsync((await bed.UserAsync("u-1"))!["id"]!.GetValue<long>())).ShouldHaveSingleItem();
        recorded["type"]!.GetValue<string>().ShouldBe("Signed Up");
        recorded["source"]!.GetValue<string>().ShouldBe("singer");
        recorded["properties"]!["plan"]!.GetValue<string>().ShouldBe("pro");
        output.Stderr.ShouldContain("track: 1 received, 0 created, 0 updated, 1 sent");
    }

    [Fact]
    public async Task A_track_finds_its_user_by_the_email_in_its_properties()
    {
        await using var bed = await DestinationBed.StartAsync();

        await bed.RunAsync(Ann, Track("""{"userId":"someone-else","event":"Signed Up","properties":{"email":"ann@example.com"}}"""));

        (await bed.EventsAsync((await bed.UserAsync("u-1"))!["id"]!.GetValue<long>())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_track_of_an_event_not_listed_is_skipped_and_counted()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(Ann, Track("""{"userId":"u-1","event":"Page Viewed"}"""));

        output.Stderr.ShouldContain("track: 1 received, 0 created, 0 updated, 0 sent, 1 skipped, 0 rejected");
        (await bed.EventsAsync((await bed.UserAsync("u-1"))!["id"]!.GetValue<long>())).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_track_for_an_unknown_user_is_rejected_and_creates_no_user()
    {
        await using var bed = await DestinationBed.StartAsync();

        var output = await bed.RunAsync(Track("""{"userId":"nobody","event":"Signed Up"}"""));

        output.Rejects.ShouldHaveSingleItem()["reason"]!.GetValue<string>().ShouldBe("no Zendesk user has the external_id of userId");
        (await bed.UserAsync("nobody")).ShouldBeNull();
    }

    [Fact]
    public async Task A_track_whose_identifier_is_61_characters_is_refused_before_any_request()
    {
        await using var bed = await DestinationBed.StartAsync();
        var longId = new string('x', 61);
        await bed.RunAsync(Identify($$$"""{"userId":"{{{longId}}}","traits":{"name":"Long"}}"""));
        await bed.Api.DeleteAsync("/__admin/requests");

        var output = await bed.RunAsync(Track($$$"""{"userId":"{{{longId}}}","event":"Signed Up"}"""));

        output.Rejects.ShouldHaveSingleItem()["reason"]!.GetValue<string>().ShouldContain("at most 60 characters");
        (await bed.GetAsync("/__admin/requests"))["total"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task An_event_whose_answer_is_lost_after_zendesk_recorded_it_is_rejected_not_sent_again()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(Ann);
        await FaultAsync(bed, """{"kind":"server_error","status":502,"count":1,"method":"POST","after_effect":true,"path_prefix":"/api/v2/user_profiles/events"}""");

        var output = await bed.RunAsync(Track("""{"userId":"u-1","event":"Signed Up"}"""));

        output.ExitCode.ShouldBe(0);
        output.Rejects.ShouldHaveSingleItem()["reason"]!.GetValue<string>().ShouldContain("may or may not have recorded");
        (await bed.EventsAsync((await bed.UserAsync("u-1"))!["id"]!.GetValue<long>())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_event_zendesk_refused_before_acting_is_sent_again_and_recorded_once()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(Ann);
        await FaultAsync(bed, """{"kind":"conflict","count":1,"method":"POST","path_prefix":"/api/v2/user_profiles/events"}""");

        var output = await bed.RunAsync(Track("""{"userId":"u-1","event":"Signed Up"}"""));

        output.Rejects.ShouldBeEmpty();
        (await bed.EventsAsync((await bed.UserAsync("u-1"))!["id"]!.GetValue<long>())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_account_without_profile_events_stops_the_run_with_exit_2_naming_the_endpoint()
    {
        await using var bed = await DestinationBed.StartAsync();
        await bed.RunAsync(Ann);
        (await bed.Api.PutAsync("/__admin/settings", new StringContent("""{"profiles":false}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var output = await bed.RunAsync(Track("""{"userId":"u-1","event":"Signed Up"}"""), State(1));

        output.ExitCode.ShouldBe(2);
        output.Stderr.ShouldContain("/api/v2/user_profiles/events");
        output.States.ShouldBeEmpty();
    }

    private static async Task FaultAsync(DestinationBed bed, string fault) =>
        (await bed.Api.PostAsync("/__admin/faults", new StringContent(fault, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
}
