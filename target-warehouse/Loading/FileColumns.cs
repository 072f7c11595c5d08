using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>Where each column of a stream's table comes from when its records are loaded from files.</summary>
internal static class FileColumns
{
    /// <param name="context">The metadata every row of the files gets.</param>
    /// <returns>The columns; the values given to every row; and the index among them of the batch time, set when the load commits, or -1.</returns>
    public static (IReadOnlyList<FileColumn> Columns, object[] Values, int BatchedAt) For(StreamMapping mapping, in RecordContext context)
    {
        var paths = new IReadOnlyList<string>[mapping.Columns.Count];
        Walk(mapping.Root, [], paths);
        var columns = new List<FileColumn>(mapping.Columns.Count);
        var values = new List<object>();
        var batchedAt = -1;
        for (var i = 0; i < mapping.Columns.Count; i++)
        {
            var plan = mapping.Columns[i];
            object? value = plan.Metadata switch
            {
                MetadataColumn.ExtractedAt => context.ExtractedAt,
                MetadataColumn.ReceivedAt => context.ReceivedAt,
                MetadataColumn.BatchedAt => context.ReceivedAt,
                MetadataColumn.Sequence => context.Sequence,
                MetadataColumn.TableVersion => context.Version,
                MetadataColumn.SyncStartedAt => context.SyncStartedAt,
                _ => null,
            };
            if (plan.Metadata == MetadataColumn.BatchedAt)
            {
                batchedAt = values.Count;
            }

            if (plan.Metadata == MetadataColumn.None)
            {
                columns.Add(new FileColumn(paths[i], plan.Type));
            }
            else if (plan.Metadata == MetadataColumn.DeletedAt)
            {
                // Read from the record even where the schema does not declare it, as records are.
                columns.Add(new FileColumn([MetadataColumns.DeletedAtName], plan.Type));
            }
            else if (value is null)
            {
                columns.Add(new FileColumn(null, plan.Type));
            }
            else
            {
                columns.Add(new FileColumn(null, plan.Type, values.Count));
                values.Add(value);
            }
        }

        return (columns, [.. values], batchedAt);
    }

    private static void Walk(ObjectPlan plan, IReadOnlyList<string> prefix, IReadOnlyList<string>[] paths)
    {
        foreach (var property in plan.Properties)
        {
            IReadOnlyList<string> path = [.. prefix, property.Name];
            if (property.Nested is { } nested)
            {
                Walk(nested, path, paths);
            }
            else
            {
                paths[property.Column] = path;
            }
        }
    }
}
