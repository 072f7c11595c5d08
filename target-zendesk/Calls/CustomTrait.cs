using System.Text.Json;

namespace Zendesk.Singer.Destination.Calls;

/// <summary>A trait with no place of its own in Zendesk: it goes to the custom field whose key is <see cref="FieldKey"/>.</summary>
/// <param name="Name">The trait as the record names it (<c>favoriteColor</c>).</param>
/// <param name="FieldKey">The field key it goes to (<c>favorite_color</c>).</param>
/// <param name="Value">A string, number or boolean (cloned, so it outlives the input line).</param>
internal sealed record CustomTrait(string Name, string FieldKey, JsonElement Value);
