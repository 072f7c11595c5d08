namespace Zendesk.Singer.Http;

/// <summary>
/// Where the client reports what a person running the program should know (retries, 429 pauses, the
/// adopted rate limit, token refreshes). The program owns the log, its format and its destination.
/// </summary>
internal interface IClientLog
{
    /// <summary>
    /// A secret the client holds (a token, a header value derived from one): the log never writes it,
    /// whichever message it turns up in.
    /// </summary>
    void AddSecret(string? secret);

    /// <summary>The text with every secret added so far blanked out.</summary>
    string Redact(string text);

    void Info(string message, params (string Key, object? Value)[] fields);

    void Warn(string message, params (string Key, object? Value)[] fields);

    /// <summary>
    /// A metric in the Singer SDK's shape (<c>METRIC: {"type", "metric", "value", "tags"}</c>), which
    /// orchestrators and log tools read for progress.
    /// </summary>
    /// <param name="type"><c>counter</c> or <c>timer</c> (seconds).</param>
    void Metric(string type, string metric, double value, params (string Key, object? Value)[] tags);
}
