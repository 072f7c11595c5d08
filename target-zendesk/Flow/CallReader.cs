using System.Text.Json;
using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Configuration;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>Turns a RECORD of one of the three configured streams into a call, or into a call rejected with the field at fault.</summary>
internal sealed class CallReader(DestinationConfig config)
{
    /// <summary>The call kind a stream carries, or null for a stream the target does not take.</summary>
    public CallKind? KindOf(string stream) =>
        stream == config.IdentifyStream ? CallKind.Identify
        : stream == config.GroupStream ? CallKind.Group
        : stream == config.TrackStream ? CallKind.Track
        : null;

    public InputCall Read(CallKind kind, string stream, long line, JsonElement record)
    {
        IdentifyCall? identify = null;
        GroupCall? group = null;
        TrackCall? track = null;
        string? refusal = null;
        try
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new CallRefusedException("record", $"must be an object, not {CallFields.Kind(record)}");
            }

            switch (kind)
            {
                case CallKind.Identify:
                    identify = IdentifyCall.Read(record);
                    break;
                case CallKind.Group:
                    group = GroupCall.Read(record);
                    if (group.UserId is null && !config.SendGroupCallsWithoutUserId && !group.Deleted)
                    {
                        throw new CallRefusedException("userId", $"a group needs userId to add its user to the organization (set {DestinationSettings.SendGroupCallsWithoutUserId} to write the organization alone)");
                    }

                    break;
                default:
                    track = TrackCall.Read(record);
                    break;
            }
        }
        catch (CallRefusedException e)
        {
            (identify, group, track, refusal) = (null, null, null, e.Message);
        }

        var call = new InputCall { Kind = kind, Stream = stream, Line = line, Record = record.GetRawText(), Identify = identify, Group = group, Track = track };
        if (refusal is not null)
        {
            call.Reject(refusal);
        }

        return call;
    }
}
