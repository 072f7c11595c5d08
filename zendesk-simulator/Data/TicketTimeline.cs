namespace Zendesk.Simulator.Data;

/// <summary>
/// A ticket's generated history: a Create audit, then agent replies, requester replies, internal
/// notes and a solve, and an automation's close four days after a solve. The same inputs always
/// give the same history, so it is rebuilt whenever it is read instead of being stored.
/// </summary>
internal static class TicketTimeline
{
    public const int MaxGenerated = 10;
    private const long CloseDelay = 4 * 86400;

    public static int Build(AccountShape shape, int index, in TicketHeader header, bool live, Span<AuditSpec> into)
    {
        var prng = new Prng(shape.Seed, Salts.Timeline, index);
        var assignedAtCreate = header.Channel == TicketCodes.ChannelApi || prng.Chance(0.15);
        var status = assignedAtCreate ? TicketCodes.Open : TicketCodes.New;
        var assignee = assignedAtCreate ? header.PlannedAssignee : -1;
        var group = assignedAtCreate ? header.PlannedGroup : -1;
        into[0] = new AuditSpec
        {
            Id = Ids.AuditId(index, 0),
            Time = header.Created,
            Kind = AuditKind.Create,
            Slot = 0,
            Serial = -1,
            Author = header.Requester,
            StatusBefore = status,
            StatusAfter = status,
            PriorityBefore = header.Priority,
            PriorityAfter = header.Priority,
            AssigneeBefore = assignee,
            AssigneeAfter = assignee,
            GroupBefore = group,
            GroupAfter = group,
            Channel = header.Channel,
            Comment = 1,
            Attachments = (byte)(prng.Chance(0.2) ? 1 + prng.Below(2) : 0),
        };
        if (live)
        {
            return 1;
        }

        var planned = 1 + prng.Below(7);
        var time = header.Created;
        var priority = header.Priority;
        var count = 1;
        for (var step = 1; step < planned; step++)
        {
            time += 120 + (long)(-Math.Log(1 - prng.Unit()) * 86400);
            if (time > shape.DataEnd)
            {
                break;
            }

            var kind = NextKind(ref prng, status, step == planned - 1, shape.DataEnd - time);
            var spec = new AuditSpec
            {
                Id = Ids.AuditId(index, count),
                Time = time,
                Kind = kind,
                Slot = count,
                Serial = -1,
                StatusBefore = status,
                PriorityBefore = priority,
                AssigneeBefore = assignee,
                GroupBefore = group,
                Channel = kind == AuditKind.RequesterReply ? header.Channel : (byte)0,
            };
            if (kind != AuditKind.RequesterReply && assignee < 0)
            {
                assignee = header.PlannedAssignee;
                group = header.PlannedGroup;
            }

            switch (kind)
            {
                case AuditKind.AgentReply:
                    status = TicketCodes.Pending;
                    spec.Author = assignee;
                    spec.Comment = 1;
                    break;
                case AuditKind.RequesterReply:
                    status = TicketCodes.Open;
                    spec.Author = header.Requester;
                    spec.Comment = 1;
                    spec.Attachments = (byte)(prng.Chance(0.15) ? 1 : 0);
                    break;
                case AuditKind.InternalNote:
                    spec.Author = assignee;
                    spec.Comment = 2;
                    if (prng.Chance(0.3) && priority != TicketCodes.NoPriority && priority < TicketCodes.Urgent)
                    {
                        priority++;
                    }

                    if (prng.Chance(0.2))
                    {
                        status = TicketCodes.Hold;
                    }

                    break;
                default:
                    status = TicketCodes.Solved;
                    spec.Author = assignee;
                    spec.Comment = (byte)(prng.Chance(0.7) ? 1 : 0);
                    break;
            }

            spec.StatusAfter = status;
            spec.PriorityAfter = priority;
            spec.AssigneeAfter = assignee;
            spec.GroupAfter = group;
            into[count++] = spec;
        }

        // Most solved tickets are closed by the default automation; a few accounts turn it off for some.
        if (status == TicketCodes.Solved && prng.Chance(0.9))
        {
            var closeAt = time + CloseDelay + prng.Below(3600);
            if (closeAt <= shape.DataEnd)
            {
                into[count] = new AuditSpec
                {
                    Id = Ids.AuditId(index, count),
                    Time = closeAt,
                    Kind = AuditKind.Close,
                    Slot = count,
                    Serial = -1,
                    Author = -1,
                    StatusBefore = status,
                    StatusAfter = TicketCodes.Closed,
                    PriorityBefore = priority,
                    PriorityAfter = priority,
                    AssigneeBefore = assignee,
                    AssigneeAfter = assignee,
                    GroupBefore = group,
                    GroupAfter = group,
                    Channel = TicketCodes.ChannelRule,
                };
                count++;
            }
        }

        return count;
    }

    private static AuditKind NextKind(ref Prng prng, byte status, bool last, long age)
    {
        if (last && status != TicketCodes.Solved && age > 3 * 86400 && prng.Chance(0.75))
        {
            return AuditKind.Solve;
        }

        return status switch
        {
            TicketCodes.Pending => prng.Chance(0.65) ? AuditKind.RequesterReply : AuditKind.Solve,
            TicketCodes.Solved => AuditKind.RequesterReply,
            TicketCodes.Hold => AuditKind.AgentReply,
            _ => prng.Chance(0.75) ? AuditKind.AgentReply : AuditKind.InternalNote,
        };
    }
}
