using System.Text.Json.Nodes;

namespace Zendesk.Singer.Protocol.Catalog;

/// <summary>
/// The Singer selection rules. A stream is selected when its metadata says <c>selected: true</c>
/// (or, when silent, <c>selected-by-default: true</c>). A field of a selected stream is always
/// synced when its inclusion is <c>automatic</c>, never when <c>unsupported</c>, and otherwise
/// follows its own <c>selected</c>, then its <c>selected-by-default</c>, then its parent.
/// </summary>
internal static class Selection
{
    public static bool IsStreamSelected(CatalogStream stream)
    {
        var metadata = stream.StreamMetadata;
        if (metadata.Inclusion == Inclusion.Unsupported)
        {
            return false;
        }

        return metadata.Selected ?? metadata.SelectedByDefault ?? false;
    }

    public static bool IsFieldSelected(CatalogStream stream, Breadcrumb field)
    {
        if (field.IsStream)
        {
            return IsStreamSelected(stream);
        }

        var metadata = stream.MetadataAt(field);
        if (metadata?.Inclusion == Inclusion.Unsupported)
        {
            return false;
        }

        var parentSelected = field.Parent is { } parent && IsFieldSelected(stream, parent);
        if (!parentSelected)
        {
            return false;
        }

        if (metadata?.Inclusion == Inclusion.Automatic)
        {
            return true;
        }

        return metadata?.Selected ?? metadata?.SelectedByDefault ?? true;
    }

    /// <summary>The replication method the user asked for, else the tap's forced one, else <paramref name="fallback"/>.</summary>
    public static string ReplicationMethod(CatalogStream stream, string fallback)
    {
        var metadata = stream.StreamMetadata;
        return metadata.ReplicationMethod ?? stream.ReplicationMethod ?? metadata.ForcedReplicationMethod ?? fallback;
    }

    /// <summary>A copy of the stream's schema holding only the selected properties, at every depth.</summary>
    public static JsonObject SelectedSchema(CatalogStream stream)
    {
        var copy = (JsonObject)stream.Schema.DeepClone();
        Prune(stream, copy, Breadcrumb.Stream);
        return copy;
    }

    private static void Prune(CatalogStream stream, JsonObject schema, Breadcrumb at)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var name in properties.Select(p => p.Key).ToList())
        {
            var field = at.Child(name);
            if (!IsFieldSelected(stream, field))
            {
                properties.Remove(name);
            }
            else if (properties[name] is JsonObject child)
            {
                Prune(stream, child, field);
            }
        }
    }
}
