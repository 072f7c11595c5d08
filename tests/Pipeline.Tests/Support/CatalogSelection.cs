using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>Edits a discovered catalog the way an analyst does: <c>selected</c> on streams and fields.</summary>
internal static class CatalogSelection
{
    /// <summary>Selects the given streams minus the given fields of each; deselects every other stream.</summary>
    public static JsonObject Select(JsonObject catalog, IReadOnlyDictionary<string, string[]> wanted)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(wanted);
        var edited = catalog.DeepClone().AsObject();
        foreach (var stream in edited["streams"]!.AsArray().Select(s => s!.AsObject()))
        {
            var name = (string)stream["tap_stream_id"]!;
            var selected = wanted.TryGetValue(name, out var deselectedFields);
            foreach (var entry in stream["metadata"]!.AsArray().Select(m => m!.AsObject()))
            {
                var breadcrumb = entry["breadcrumb"]!.AsArray();
                var metadata = entry["metadata"]!.AsObject();
                if (breadcrumb.Count == 0)
                {
                    metadata["selected"] = selected;
                }
                else if (selected && breadcrumb.Count == 2 && deselectedFields!.Contains((string)breadcrumb[1]!, StringComparer.Ordinal))
                {
                    metadata["selected"] = false;
                }
            }
        }

        return edited;
    }
}
