using System.Text.Json;

namespace Zendesk.Singer.Target.Loading;

/// <summary>A STATE read from the input, and its place: the sequence number of the last record read before it.</summary>
internal sealed record ReadState(long AfterRecord, JsonElement Value);
