namespace Zendesk.Singer.Destination.Calls;

/// <summary>What became of one call, as the run's summary counts it.</summary>
internal enum CallOutcome
{
    /// <summary>Not yet written, or written and not yet confirmed.</summary>
    Pending,

    Created,

    /// <summary>Updated, or found already as asked (a membership that existed, an organization already gone).</summary>
    Updated,

    /// <summary>A track event Zendesk accepted.</summary>
    Sent,

    /// <summary>Left out on purpose: a track event not listed in the config, a removal with nothing to remove.</summary>
    Skipped,

    Rejected,
}
