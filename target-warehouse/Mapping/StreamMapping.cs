using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>How one stream's SCHEMA becomes a table: its columns, their types and the record paths that fill them.</summary>
internal sealed class StreamMapping
{
    private readonly int[] _metadata;

    private StreamMapping(string stream, string table, List<ColumnPlan> columns, ObjectPlan root, IReadOnlyList<string> keyProperties, int[] keyColumns, string fingerprint, IReadOnlyDictionary<string, string> columnNames)
    {
        ColumnNames = columnNames;
        Stream = stream;
        Table = table;
        Columns = columns;
        Root = root;
        KeyProperties = keyProperties;
        KeyColumns = keyColumns;
        Fingerprint = fingerprint;
        _metadata = new int[Enum.GetValues<MetadataColumn>().Length];
        Array.Fill(_metadata, -1);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Metadata != MetadataColumn.None)
            {
                _metadata[(int)columns[i].Metadata] = i;
            }
        }
    }

    public string Stream { get; }

    public string Table { get; }

    public IReadOnlyList<ColumnPlan> Columns { get; }

    public ObjectPlan Root { get; }

    public IReadOnlyList<string> KeyProperties { get; }

    public int[] KeyColumns { get; }

    public IEnumerable<string> KeyColumnNames => KeyColumns.Select(k => Columns[k].Name);

    /// <summary>The column of each property, by <see cref="PropertyKey"/>.</summary>
    public IReadOnlyDictionary<string, string> ColumnNames { get; }

    /// <summary>Identifies the SCHEMA message this came from, so that a repeated identical SCHEMA changes nothing.</summary>
    public string Fingerprint { get; }

    public bool IsVersioned => MetadataIndex(MetadataColumn.TableVersion) >= 0;

    public int MetadataIndex(MetadataColumn kind) => _metadata[(int)kind];

    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    public static string FingerprintOf(SchemaMessage message) =>
        message.Schema.GetRawText() + "\n" + JsonSerializer.Serialize(message.KeyProperties, MappingJsonContext.Default.IReadOnlyListString);

    /// <summary>Names a property by its path of property names: a nested a.b and a property named "a.b" differ.</summary>
    public static string PropertyKey(IReadOnlyList<string> segments) => JsonSerializer.Serialize(segments, MappingJsonContext.Default.IReadOnlyListString);

    /// <param name="existing">The table's current columns and types, or null when the table is new or will be recreated.</param>
    /// <param name="assigned">The columns properties were given before, by <see cref="PropertyKey"/>: they keep them.</param>
    public static StreamMapping Build(SchemaMessage message, string table, MappingOptions options, IReadOnlyDictionary<string, ColumnType>? existing, IReadOnlyDictionary<string, string>? assigned = null)
    {
        var rootNode = SchemaNode.Parse(message.Schema);
        if (rootNode.Properties.Length == 0)
        {
            throw new MappingException("the schema has no properties, so there is nothing to load");
        }

        var drafts = new List<Draft>();
        var root = Walk(rootNode, [], options.FlatteningMaxDepth, 0, drafts);
        var keys = drafts.Select(d => PropertyKey(d.Segments)).ToArray();
        var names = ConformNames(drafts, keys, options, assigned ?? new Dictionary<string, string>());
        var columns = new List<ColumnPlan>(drafts.Count + MetadataColumns.All.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var type = TypeMapper.ColumnTypeOf(drafts[i].Node);
            if (existing is not null && existing.TryGetValue(names[i], out var current))
            {
                type = ColumnType.Widen(current, type);
            }

            columns.Add(new ColumnPlan(names[i], drafts[i].Path, type, drafts[i].Node));
        }

        AddMetadata(columns, options, existing);
        var keyColumns = message.KeyProperties.Select(key => KeyColumn(root, key)).ToArray();
        var columnNames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            columnNames[keys[i]] = names[i];
        }

        return new StreamMapping(message.Stream, table, columns, root, message.KeyProperties, keyColumns, FingerprintOf(message), columnNames);
    }

    private static ObjectPlan Walk(SchemaNode node, IReadOnlyList<string> prefix, int maxDepth, int depth, List<Draft> drafts)
    {
        var properties = new List<PropertyPlan>(node.Properties.Length);
        foreach (var (name, child) in node.Properties)
        {
            List<string> segments = [.. prefix, name];
            var path = string.Join('.', segments);
            if (depth < maxDepth && IsFlattenable(child))
            {
                var nested = Walk(child, segments, maxDepth, depth + 1, drafts);
                properties.Add(new PropertyPlan(name, path, child, -1, nested));
            }
            else
            {
                drafts.Add(new Draft(segments, path, child));
                properties.Add(new PropertyPlan(name, path, child, drafts.Count - 1, null));
            }
        }

        return new ObjectPlan(node, properties, prefix.Count == 0 ? string.Empty : string.Join('.', prefix) + ".");
    }

    private static bool IsFlattenable(SchemaNode node) =>
        (node.Types & ~JsonTypes.Null) == JsonTypes.Object && node.Properties.Length > 0;

    private static string[] ConformNames(List<Draft> drafts, string[] keys, MappingOptions options, IReadOnlyDictionary<string, string> assigned)
    {
        var conformed = drafts.Select(d => string.Join("__", d.Segments.Select(Identifiers.Conform))).ToArray();
        var originals = drafts.Select(d => string.Join("__", d.Segments)).ToArray();
        var names = new string[drafts.Count];
        var taken = assigned.Values.ToHashSet(StringComparer.Ordinal);
        var fresh = new List<int>();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (assigned.TryGetValue(keys[i], out var name))
            {
                names[i] = name;
            }
            else
            {
                fresh.Add(i);
            }
        }

        // Among new properties that conform to one name (Id and id), the one already spelled that way
        // gets it; the others get a hash of their own name, so the choice does not depend on their order.
        // A name given in an earlier run stays with its property.
        var shared = fresh.GroupBy(i => conformed[i], StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        foreach (var i in fresh.OrderBy(i => originals[i] == conformed[i] ? 0 : 1))
        {
            var hashFirst = shared.Contains(i) && originals[i] != conformed[i];
            names[i] = NameChoice.Pick(conformed[i], drafts[i].Path, options.MaxIdentifierBytes, taken.Contains, hashFirst);
            taken.Add(names[i]);
        }

        return names;
    }

    private static void AddMetadata(List<ColumnPlan> columns, MappingOptions options, IReadOnlyDictionary<string, ColumnType>? existing)
    {
        foreach (var (kind, name, type) in MetadataColumns.All)
        {
            var wanted = options.AddRecordMetadata
                || (MetadataColumns.IsVersioning(kind) && (options.Versioned || existing?.ContainsKey(name) == true))
                || (kind == MetadataColumn.DeletedAt && options.Deletions);
            if (wanted && !columns.Any(c => c.Name == name))
            {
                // Metadata keeps its own type even where an older table differs: the engine casts on insert.
                columns.Add(new ColumnPlan(name, name, type, null, kind));
            }
        }
    }

    private static int KeyColumn(ObjectPlan root, string key)
    {
        var index = root.IndexOf(key);
        if (index < 0)
        {
            throw new MappingException($"key property \"{key}\" is not among the schema's properties");
        }

        var property = root.Properties[index];
        return property.Column >= 0
            ? property.Column
            : throw new MappingException($"key property \"{key}\" is an object; keys must be scalar values");
    }

    private sealed record Draft(IReadOnlyList<string> Segments, string Path, SchemaNode Node);
}
