namespace Zendesk.Singer.Http;

/// <summary>Whether a write may be sent again when an attempt's outcome is unknown.</summary>
internal enum WriteSafety
{
    /// <summary>
    /// Sending it twice leaves the account as sending it once (create_or_update, a delete, a job poll):
    /// retried like a read on timeouts, 5xx and broken connections.
    /// </summary>
    Idempotent,

    /// <summary>
    /// Sending it twice would record it twice (a profile event): sent again only when Zendesk cannot have
    /// acted on it (429, 409, a connection never made); any other failure is reported, never repeated.
    /// </summary>
    OnceOnly,
}
