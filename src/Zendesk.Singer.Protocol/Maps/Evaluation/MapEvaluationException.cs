namespace Zendesk.Singer.Protocol.Maps.Evaluation;

/// <summary>An expression that failed on a record: a wrong type, a missing key, a division by zero.</summary>
internal sealed class MapEvaluationException(string message) : Exception(message);
