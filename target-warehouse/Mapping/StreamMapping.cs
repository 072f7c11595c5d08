using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>How one stream's SCHEMA becomes a table: its columns, their types and the record paths that fill them.</summary>
internal sealed class StreamMapping
{
    private readonly int[] _metadata;

    private StreamMapping(string stream, string table, List<ColumnPlan> columns, ObjectPlan root, IReadOnlyList<string> keyProperties, int[] keyColumns, string fingerprint)
    {
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

    /// <param name="existing">The table's current columns and types, or null when the table is new or will be recreated.</param>
    public static StreamMapping Build(SchemaMessage message, string table, MappingOptions options, IReadOnlyDictionary<string, ColumnType>? existing)
    {
        var rootNode = SchemaNode.Parse(message.Schema);
        if (rootNode.Properties.Count == 0)
        {
            throw new MappingException("the schema has no properties, so there is nothing to load");
        }

        var drafts = new List<Draft>();
        var root = Walk(rootNode, [], options.FlatteningMaxDepth, 0, drafts);
        var names = ConformNames(drafts, options);
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
        return new StreamMapping(message.Stream, table, columns, root, message.KeyProperties, keyColumns, FingerprintOf(message));
    }

    private static ObjectPlan Walk(SchemaNode node, IReadOnlyList<string> prefix, int maxDepth, int depth, List<Draft> drafts)
    {
        var properties = new List<PropertyPlan>(node.Properties.Count);
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
        (node.Types & ~JsonTypes.Null) == JsonTypes.Object && node.Properties.Count > 0;

    private static string[] ConformNames(List<Draft> drafts, MappingOptions options)
    {
        var names = drafts.Select(d => string.Join("__", d.Segments.Select(Identifiers.Conform))).ToArray();
        var originals = drafts.Select(d => string.Join("__", d.Segments)).ToArray();

        // Two properties that conform to one name (Id and id): the one already spelled that way keeps
        // it; the others get a hash of their own name, so the choice does not depend on their order.
        foreach (var group in Enumerable.Range(0, names.Length).GroupBy(i => names[i], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var i in group.Where(i => originals[i] != names[i]))
            {
                names[i] = names[i] + "_" + Identifiers.Hash(drafts[i].Path);
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Identifiers.Limit(names[i], drafts[i].Path, options.MaxIdentifierBytes);
        }

        return names;
    }

    private static void AddMetadata(List<ColumnPlan> columns, MappingOptions options, IReadOnlyDictionary<string, ColumnType>? existing)
    {
        foreach (var (kind, name, type) in MetadataColumns.All)
        {
            var wanted = options.AddRecordMetadata
                || (MetadataColumns.IsVersioning(kind) && (options.Versioned || existing?.ContainsKey(name) == true));
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
