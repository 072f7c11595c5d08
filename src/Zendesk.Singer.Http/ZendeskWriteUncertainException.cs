namespace Zendesk.Singer.Http;

/// <summary>
/// A write that may not be repeated failed in a way that leaves unknown whether Zendesk recorded it
/// (a timeout, a 5xx, a connection lost after sending). It is not retried: the caller reports it.
/// </summary>
internal sealed class ZendeskWriteUncertainException(string message, string endpoint, int? statusCode, Exception? innerException)
    : ZendeskException(message, endpoint, statusCode, innerException: innerException);
