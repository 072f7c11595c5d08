namespace Zendesk.Simulator.Data;

/// <summary>One Talk call, rebuilt from (seed, number) alone; its legs change in its <see cref="Updated"/> second.</summary>
internal readonly record struct TalkCall(
    long Number,
    long Id,
    long Created,
    long Updated,
    bool Inbound,
    int Agent,
    int Customer,
    int PhoneNumber,
    long? TicketId,
    long GroupId,
    string Completion,
    int Wait,
    int Talk,
    int Hold,
    int WrapUp,
    bool Voicemail,
    bool Callback,
    bool Transferred)
{
    /// <summary>The customer's leg, the agent's and, for a transferred call, the second agent's.</summary>
    public int Legs => Transferred ? 3 : 2;

    public int Duration => Wait + Talk + Hold;

    public bool Answered => Completion == "completed";
}
