namespace Zendesk.Singer.Target.Loading;

/// <summary>The engine refused something; the message names the stream and table.</summary>
internal sealed class LoadException(string message, Exception inner) : Exception(message, inner);
