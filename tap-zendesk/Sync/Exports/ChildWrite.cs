using System.Text.Json;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>Writes what <paramref name="output"/> takes from one child record read for <paramref name="parent"/>.</summary>
internal delegate void ChildWrite(StreamOutput output, JsonElement record, ParentRef parent, DateTimeOffset fetchedAt);
