namespace Zendesk.Singer.Tap.Streams;

/// <summary>How a list endpoint narrows its response to what changed since the bookmark, if it can.</summary>
internal enum ServerFilter
{
    /// <summary>The endpoint cannot filter: everything is read and filtered here.</summary>
    None,

    /// <summary><c>start_time=</c> as Unix seconds (satisfaction ratings).</summary>
    StartTime,

    /// <summary><c>since=</c> as an ISO 8601 time (activities).</summary>
    Since,

    /// <summary><c>filter[created_at][]=from&amp;filter[created_at][]=to</c> (audit logs).</summary>
    CreatedAtWindow,
}
