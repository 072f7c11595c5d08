using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// How a ticket came in, as both the ticket and its audits show it: an email names its sender and
/// the support address, every other channel is a fixed fragment.
/// </summary>
internal static class ViaJson
{
    public static void Write(Utf8JsonWriter w, RenderContext ctx, byte channel, int requester)
    {
        if (channel != TicketCodes.ChannelEmail)
        {
            w.WritePropertyName(Names.Via);
            w.WriteRawValue(TicketFragments.Vias[channel], skipInputValidation: true);
            return;
        }

        w.WriteStartObject(Names.Via);
        w.WriteString(Names.Channel, EncodedWords.Channels[channel]);
        w.WriteStartObject(Names.Source);
        w.WriteStartObject(Names.From);
        PersonJson.Email(w, Names.Address, ctx.Account, requester);
        PersonJson.Name(w, Names.Name, ctx.Account, requester);
        w.WriteEndObject();
        w.WriteStartObject(Names.To);
        w.WriteString(Names.Name, EncodedWords.SupportName);
        w.WriteString(Names.Address, ctx.SupportAddress);
        w.WriteEndObject();
        w.WriteNull(Names.Rel);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
