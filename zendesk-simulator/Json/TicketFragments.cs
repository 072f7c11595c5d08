using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>The parts of a ticket that never vary (or vary by channel alone), pre-rendered once.</summary>
internal static class TicketFragments
{
    /// <summary>collaborator_ids' value and the constant properties that follow it.</summary>
    public static readonly byte[] FromCollaborators = JsonText.Fragment(w =>
    {
        w.WriteStartArray();
        w.WriteEndArray();
        w.EmptyArray(Names.FollowerIds);
        w.EmptyArray(Names.EmailCcIds);
        w.WriteNull(Names.ForumTopicId);
        w.WriteNull(Names.ProblemId);
        w.WriteBoolean(Names.HasIncidents, false);
        w.WriteBoolean(Names.IsPublic, true);
    });

    /// <summary>allow_channelback's value and the constant properties that follow it.</summary>
    public static readonly byte[] FromAllowChannelback = JsonText.Fragment(w =>
    {
        w.WriteBooleanValue(false);
        w.WriteBoolean(Names.AllowAttachments, true);
        w.WriteBoolean(Names.FromMessagingChannel, false);
    });

    /// <summary>The via object of each channel but email, whose source names the requester.</summary>
    public static readonly byte[][] Vias = [.. Enumerable.Range(0, TicketCodes.Channels.Length).Select(c => JsonText.Fragment(w =>
    {
        w.WriteStartObject();
        w.WriteString(Names.Channel, EncodedWords.Channels[c]);
        w.WriteStartObject(Names.Source);
        w.WriteStartObject(Names.From);
        w.WriteEndObject();
        w.WriteStartObject(Names.To);
        w.WriteEndObject();
        w.WriteNull(Names.Rel);
        w.WriteEndObject();
        w.WriteEndObject();
    }))];
}
