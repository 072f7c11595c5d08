using System.Globalization;
using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>Writes Talk calls and call legs as the Talk incremental exports return them.</summary>
internal static class TalkJson
{
    public static void WriteCall(Utf8JsonWriter w, TalkCalls calls, TalkCall c, int seed)
    {
        w.WriteStartObject();
        w.WriteNumber("id", c.Id);
        w.Iso("created_at", c.Created);
        w.Iso("updated_at", c.Updated);
        w.NumberOrNull("agent_id", c.Answered || !c.Inbound ? Ids.UserId(c.Agent) : null);
        w.WriteString("call_charge", Charge(c.Duration));
        w.NumberOrNull("call_group_id", c.Inbound ? c.GroupId : null);
        w.WriteString("call_recording_consent", "always");
        w.WriteNull("call_recording_consent_action");
        w.WriteNull("call_recording_consent_keypress");
        w.WriteBoolean("callback", c.Callback);
        w.StringOrNull("callback_source", c.Callback ? "queue" : null);
        w.WriteString("completion_status", c.Completion);
        w.WriteNumber("consultation_time", 0);
        w.WriteNumber("customer_id", Ids.UserId(c.Customer));
        w.WriteBoolean("customer_requested_voicemail", c.Voicemail);
        w.WriteBoolean("default_group", c.Inbound);
        w.WriteString("direction", c.Inbound ? "inbound" : "outbound");
        w.WriteNumber("duration", c.Duration);
        w.WriteBoolean("exceeded_queue_wait_time", c.Wait > 180);
        w.WriteNumber("hold_time", c.Hold);
        w.StringOrNull("ivr_action", null);
        w.StringOrNull("ivr_destination_group_name", null);
        w.WriteNumber("ivr_hops", 0);
        w.StringOrNull("ivr_routed_to", null);
        w.WriteNumber("ivr_time_spent", 0);
        w.WriteNumber("minutes_billed", (c.Duration + 59) / 60);
        w.WriteNumber("not_recording_time", 0);
        w.WriteBoolean("outside_business_hours", HourOf(c.Created) is < 8 or >= 18);
        w.WriteBoolean("overflowed", false);
        w.StringOrNull("overflowed_to", null);
        w.WriteString("phone_number", string.Create(CultureInfo.InvariantCulture, $"+{PersonText.PhoneNumber(seed, c.Customer)}"));
        w.WriteNumber("phone_number_id", calls.PhoneNumberId(c));
        w.WriteStartArray("quality_issues");
        if (c.Answered && c.Number % 17 == 0)
        {
            w.WriteStringValue("high_jitter");
        }

        w.WriteEndArray();
        w.WriteNumber("recording_control_interactions", 0);
        w.WriteNumber("recording_time", c.Talk);
        w.WriteNumber("talk_time", c.Talk);
        w.NumberOrNull("ticket_id", c.TicketId);
        w.WriteNumber("time_to_answer", c.Answered ? c.Wait : 0);
        w.WriteBoolean("voicemail", c.Voicemail);
        w.WriteNumber("wait_time", c.Wait);
        w.WriteNumber("wrap_up_time", c.WrapUp);
        w.WriteEndObject();
    }

    /// <summary>Leg 0 is the customer's, leg 1 the answering agent's, leg 2 the agent a transfer went to.</summary>
    public static void WriteLeg(Utf8JsonWriter w, TalkCall c, int leg, int agents)
    {
        var customer = leg == 0;
        var second = leg == 2;
        var agent = second ? (c.Agent + 1) % agents : c.Agent;
        var talk = second ? c.Talk / 2 : customer || !c.Transferred ? c.Talk : c.Talk - (c.Talk / 2);
        var duration = customer ? c.Duration : c.Answered ? talk + c.Hold : 0;
        w.WriteStartObject();
        w.WriteNumber("id", TalkCalls.LegId(c.Number, leg));
        w.WriteNumber("call_id", c.Id);
        w.Iso("created_at", c.Created + (second ? c.Wait + (c.Talk / 2) : customer ? 0 : c.Wait));
        w.Iso("updated_at", c.Updated);
        w.WriteString("type", customer ? "customer" : "agent");
        w.NumberOrNull("agent_id", customer ? null : Ids.UserId(agent));
        w.WriteNumber("user_id", customer ? Ids.UserId(c.Customer) : Ids.UserId(agent));
        w.StringOrNull("available_via", customer ? null : "browser");
        w.WriteString("call_charge", Charge(duration));
        w.WriteString("completion_status", customer || c.Answered ? "completed" : c.Completion);
        w.NumberOrNull("conference_from", null);
        w.WriteNumber("conference_time", 0);
        w.NumberOrNull("conference_to", null);
        w.NumberOrNull("consultation_from", null);
        w.WriteNumber("consultation_time", 0);
        w.NumberOrNull("consultation_to", null);
        w.WriteNumber("duration", duration);
        w.StringOrNull("forwarded_to", null);
        w.WriteNumber("hold_time", customer || !second ? c.Hold : 0);
        w.WriteNumber("minutes_billed", (duration + 59) / 60);
        w.WriteStartArray("quality_issues");
        w.WriteEndArray();
        w.WriteNumber("talk_time", talk);
        w.NumberOrNull("transferred_from", second ? Ids.UserId(c.Agent) : null);
        w.NumberOrNull("transferred_to", leg == 1 && c.Transferred ? Ids.UserId((c.Agent + 1) % agents) : null);
        w.WriteNumber("wrap_up_time", customer ? 0 : c.WrapUp);
        w.WriteEndObject();
    }

    // Talk charges are decimal strings in dollars.
    private static string Charge(int seconds) => ((seconds + 59) / 60 * 0.022m).ToString("0.000", CultureInfo.InvariantCulture);

    private static int HourOf(long seconds) => (int)(seconds % 86400 / 3600);
}
