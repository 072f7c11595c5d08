namespace Zendesk.Singer.Protocol.Maps;

/// <summary>
/// A map that cannot apply to the stream it meets (it removes a key, names a key it does not keep):
/// known only once the stream's schema and keys are, so each program decides what it means there.
/// </summary>
internal sealed class MapConfigurationException(string message) : Exception(message);
