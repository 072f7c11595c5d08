namespace Zendesk.Singer.Destination.Calls;

/// <summary>One record of the input as a call, with where it came from and what became of it.</summary>
internal sealed class InputCall
{
    public required CallKind Kind { get; init; }

    public required string Stream { get; init; }

    public required long Line { get; init; }

    /// <summary>The record's JSON as it came, for the rejects file.</summary>
    public required string Record { get; init; }

    public IdentifyCall? Identify { get; init; }

    public GroupCall? Group { get; init; }

    public TrackCall? Track { get; init; }

    public CallOutcome Outcome { get; private set; }

    /// <summary>Why the call was rejected (Zendesk's words where Zendesk refused it).</summary>
    public string? Reason { get; private set; }

    /// <summary>
    /// Records a step's result. A call of several steps (an organization and a membership) counts as
    /// created when any step created something; a rejection stands whatever came before or after.
    /// </summary>
    public void Done(CallOutcome outcome)
    {
        if (Outcome == CallOutcome.Pending || (Outcome == CallOutcome.Updated && outcome == CallOutcome.Created))
        {
            Outcome = outcome;
        }
    }

    public void Reject(string reason)
    {
        if (Outcome != CallOutcome.Rejected)
        {
            Outcome = CallOutcome.Rejected;
            Reason = reason;
        }
    }
}
