namespace Zendesk.Simulator.Data;

/// <summary>A write that names a record the account does not have (Zendesk's 404 RecordNotFound).</summary>
internal sealed class RecordMissingException(string message) : ArgumentException(message);
