using System.Text.Json;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>A finished background job: its status, Zendesk's message, and its per-item results (cloned).</summary>
internal sealed record JobResult(string Id, string Status, string? Message, IReadOnlyList<JsonElement> Items)
{
    public bool Completed => Status == "completed";

    /// <summary>The result of the item sent at <paramref name="index"/>, by its <c>index</c>, else by position.</summary>
    public JsonElement? Item(int index)
    {
        foreach (var item in Items)
        {
            if (item.TryGetProperty("index", out var at) && at.ValueKind == JsonValueKind.Number && at.GetInt32() == index)
            {
                return item;
            }
        }

        return index < Items.Count && !Items[index].TryGetProperty("index", out _) ? Items[index] : null;
    }
}
