using System.Text.Json;

namespace Zendesk.Singer.Protocol.Maps.Evaluation;

/// <summary>What the names of an expression stand for while it is evaluated on one record.</summary>
/// <param name="Record">The record, a JSON object.</param>
/// <param name="Config">The <c>stream_map_config</c> object (an empty object when not set).</param>
/// <param name="Property">The property the expression gives a value to (<c>self</c> is its current value), or null.</param>
/// <param name="Declared">The properties of the stream's schema: a name among them that a record lacks is None rather than an error.</param>
internal readonly record struct MapScope(
    JsonElement Record,
    JsonElement Config,
    string StreamName,
    string OriginalStreamName,
    string? Property,
    IReadOnlySet<string> Declared);
