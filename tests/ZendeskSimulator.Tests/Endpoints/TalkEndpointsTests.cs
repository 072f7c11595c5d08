using System.Globalization;
using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Endpoints;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>
/// Zendesk Talk is not in the Support OpenAPI document, so its responses are held to the fields and
/// paging Zendesk's Talk reference documents.
/// </summary>
public sealed class TalkEndpointsTests
{
    private static readonly string[] CallFields =
    [
        "id", "created_at", "updated_at", "agent_id", "call_charge", "call_group_id", "call_recording_consent", "call_recording_consent_action",
        "call_recording_consent_keypress", "callback", "callback_source", "completion_status", "consultation_time", "customer_id", "customer_requested_voicemail",
        "default_group", "direction", "duration", "exceeded_queue_wait_time", "hold_time", "ivr_action", "ivr_destination_group_name", "ivr_hops",
        "ivr_routed_to", "ivr_time_spent", "minutes_billed", "not_recording_time", "outside_business_hours", "overflowed", "overflowed_to",
        "phone_number", "phone_number_id", "quality_issues", "recording_control_interactions", "recording_time", "talk_time", "ticket_id",
        "time_to_answer", "voicemail", "wait_time", "wrap_up_time",
    ];

    private static readonly string[] LegFields =
    [
        "id", "call_id", "created_at", "updated_at", "type", "agent_id", "user_id", "available_via", "call_charge", "completion_status",
        "conference_from", "conference_time", "conference_to", "consultation_from", "consultation_time", "consultation_to", "duration",
        "forwarded_to", "hold_time", "minutes_billed", "quality_issues", "talk_time", "transferred_from", "transferred_to", "wrap_up_time",
    ];

    public static TheoryData<string> TalkPaths =>
    [
        "/api/v2/channels/voice/stats/incremental/calls?start_time=0", "/api/v2/channels/voice/stats/incremental/legs?start_time=0",
        "/api/v2/channels/voice/stats/agents_activity", "/api/v2/channels/voice/stats/current_queue_activity", "/api/v2/channels/voice/addresses",
        "/api/v2/channels/voice/greetings", "/api/v2/channels/voice/greeting_categories", "/api/v2/channels/voice/ivr",
        "/api/v2/channels/voice/lines", "/api/v2/channels/voice/settings",
    ];

    [Theory]
    [MemberData(nameof(TalkPaths))]
    public async Task Every_talk_endpoint_is_refused_while_talk_is_not_enabled(string path)
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { TalkEnabled = false });

        (await account.Get(path)).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_calls_export_pages_by_start_time_with_next_page_count_and_end_time()
    {
        // Enough agents for several pages of calls.
        await using var account = await TestAccount.Start(TestAccount.Small with { Users = 400, Agents = 60 });
        var floor = account.Host.Account.Clock.NowSeconds - 60;

        var seen = new HashSet<long>();
        var start = 0L;
        var pages = 0;
        while (true)
        {
            var page = await account.Get($"/api/v2/channels/voice/stats/incremental/calls?start_time={start}");
            page.Status.ShouldBe(HttpStatusCode.OK);
            var calls = page.Json.GetProperty("calls").EnumerateArray().ToList();
            page.Json.GetProperty("count").GetInt32().ShouldBe(calls.Count);
            var endTime = page.Json.GetProperty("end_time").GetInt64();
            page.Json.GetProperty("next_page").GetString().ShouldEndWith($"start_time={endTime}");
            var times = calls.Select(c => Seconds(c.GetProperty("updated_at"))).ToList();
            times.ShouldBeInOrder();
            times.ShouldAllBe(t => t >= start && t <= floor);
            foreach (var call in calls)
            {
                call.EnumerateObject().Select(p => p.Name).ShouldBe(CallFields, ignoreOrder: true);
                seen.Add(call.GetProperty("id").GetInt64());
            }

            pages++;
            if (calls.Count == 0 || endTime == start)
            {
                endTime.ShouldBe(start);
                break;
            }

            times[^1].ShouldBe(endTime);
            start = endTime;
        }

        pages.ShouldBeGreaterThan(2);
        seen.Count.ShouldBeGreaterThan(TalkEndpoints.ExportPageSize);
    }

    [Fact]
    public async Task Calls_keep_ending_as_the_clock_moves_and_their_legs_come_with_them()
    {
        await using var account = await TestAccount.Start();
        var start = account.Host.Account.Clock.NowSeconds - 60;
        var before = await account.Get($"/api/v2/channels/voice/stats/incremental/calls?start_time={start}");
        account.Host.Account.Clock.Advance(TimeSpan.FromHours(24));

        var calls = await account.Get($"/api/v2/channels/voice/stats/incremental/calls?start_time={start}");
        var legs = await account.Get($"/api/v2/channels/voice/stats/incremental/legs?start_time={start}");

        before.Json.GetProperty("count").GetInt32().ShouldBeLessThanOrEqualTo(1);
        var ids = calls.Json.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();
        ids.Count.ShouldBeGreaterThan(5);
        var legList = legs.Json.GetProperty("legs").EnumerateArray().ToList();
        legs.Json.GetProperty("count").GetInt32().ShouldBe(legList.Count);
        foreach (var leg in legList)
        {
            leg.EnumerateObject().Select(p => p.Name).ShouldBe(LegFields, ignoreOrder: true);
        }

        legList.Select(l => l.GetProperty("call_id").GetInt64()).Distinct().Order().ShouldBe(ids.Order());
        legList.Count.ShouldBeInRange(ids.Count * 2, ids.Count * 3);
    }

    [Fact]
    public async Task Calls_point_at_the_accounts_agents_tickets_and_phone_numbers()
    {
        await using var account = await TestAccount.Start();
        var phones = (await account.Get("/api/v2/channels/voice/phone_numbers")).Json.GetProperty("phone_numbers").EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToHashSet();
        var agents = (await account.Get("/api/v2/channels/voice/stats/agents_activity?per_page=100")).Json.GetProperty("agents_activity").EnumerateArray().Select(a => a.GetProperty("agent_id").GetInt64()).ToHashSet();

        var calls = (await account.Get("/api/v2/channels/voice/stats/incremental/calls?start_time=0")).Json.GetProperty("calls").EnumerateArray().ToList();

        calls.ShouldAllBe(c => phones.Contains(c.GetProperty("phone_number_id").GetInt64()));
        calls.Where(c => c.GetProperty("agent_id").ValueKind != JsonValueKind.Null).ShouldAllBe(c => agents.Contains(c.GetProperty("agent_id").GetInt64()));
        foreach (var ticket in calls.Select(c => c.GetProperty("ticket_id")).Where(t => t.ValueKind != JsonValueKind.Null).Take(5))
        {
            (await account.Get($"/api/v2/tickets/{ticket.GetInt64()}")).Status.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData("addresses", "addresses", "id,name,street,zip,city,province,state,country_code,provider_reference")]
    [InlineData("greetings", "greetings", "id,name,category_id,default,default_lang,active,pending,audio_name,audio_url,upload_id,has_sub_settings,ivr_ids,phone_number_ids")]
    [InlineData("greeting_categories", "greeting_categories", "id,name")]
    [InlineData("ivr", "ivrs", "id,name,menus,phone_number_ids,phone_number_names")]
    [InlineData("stats/agents_activity", "agents_activity", "agent_id,name,avatar_url,agent_state,call_status,via,forwarding_number,accepted_third_party_conferences,accepted_transfers,available_time,average_hold_time,average_talk_time,average_wrap_up_time,away_time,calls_accepted,calls_denied,calls_missed,calls_put_on_hold,online_time,started_third_party_conferences,started_transfers,total_call_duration,total_hold_time,total_talk_time,total_wrap_up_time,transfers_only_time")]
    public async Task Talk_lists_hold_the_documented_fields_and_page_by_offset(string path, string key, string fields)
    {
        await using var account = await TestAccount.Start();

        var all = await account.Get($"/api/v2/channels/voice/{path}?per_page=100");
        var first = await account.Get($"/api/v2/channels/voice/{path}?per_page=1");

        var records = all.Json.GetProperty(key).EnumerateArray().ToList();
        records.ShouldNotBeEmpty();
        records.ShouldAllBe(r => r.EnumerateObject().Select(p => p.Name).Order().SequenceEqual(fields.Split(',', StringSplitOptions.None).Order()));
        all.Json.GetProperty("count").GetInt32().ShouldBe(records.Count);
        all.Json.GetProperty("next_page").ValueKind.ShouldBe(JsonValueKind.Null);
        first.Json.GetProperty(key).GetArrayLength().ShouldBe(1);
        (first.Json.GetProperty("next_page").ValueKind == JsonValueKind.String).ShouldBe(records.Count > 1);
    }

    [Fact]
    public async Task Lines_are_the_phone_numbers_and_the_digital_lines()
    {
        await using var account = await TestAccount.Start();

        var lines = (await account.Get("/api/v2/channels/voice/lines")).Json.GetProperty("lines").EnumerateArray().ToList();
        var phones = (await account.Get("/api/v2/channels/voice/phone_numbers")).Json.GetProperty("phone_numbers").GetArrayLength();

        lines.Count(l => l.GetProperty("line_type").GetString() == "phone").ShouldBe(phones);
        lines.Count(l => l.GetProperty("line_type").GetString() == "digital").ShouldBe(1);
        lines.ShouldAllBe(l => l.GetProperty("nickname").ValueKind == JsonValueKind.String && l.GetProperty("created_at").ValueKind == JsonValueKind.String);
    }

    [Theory]
    [InlineData("settings", "settings", "agent_confirmation_when_forwarding,agent_wrap_up_after_calls,maximum_queue_size,maximum_queue_wait_time,only_during_business_hours,recordings_public,supported_locales,voice")]
    [InlineData("stats/current_queue_activity", "current_queue_activity", "agents_online,average_wait_time,callbacks_waiting,calls_waiting,embeddable_callbacks_waiting,longest_wait_time")]
    public async Task Single_object_endpoints_answer_one_object_with_the_documented_fields(string path, string key, string fields)
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get($"/api/v2/channels/voice/{path}");

        reply.Status.ShouldBe(HttpStatusCode.OK);
        reply.Json.EnumerateObject().Select(p => p.Name).ShouldBe([key]);
        reply.Json.GetProperty(key).EnumerateObject().Select(p => p.Name).ShouldBe(fields.Split(','), ignoreOrder: true);
    }

    private static long Seconds(JsonElement iso) =>
        DateTimeOffset.Parse(iso.GetString()!, CultureInfo.InvariantCulture).ToUnixTimeSeconds();
}
