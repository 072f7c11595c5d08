namespace Zendesk.Singer.Protocol.Configuration;

/// <summary>A usage or configuration problem: the program stops with exit code 2 and this message.</summary>
internal sealed class ConfigurationException(string message) : Exception(message);
