using System.Text;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>A schema property: either a column of its own or a flattened object whose children are columns.</summary>
internal sealed class PropertyPlan(string name, string path, SchemaNode node, int column, ObjectPlan? nested)
{
    public string Name { get; } = name;

    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

    public string Path { get; } = path;

    public SchemaNode Node { get; } = node;

    /// <summary>The column index, or -1 for a flattened object.</summary>
    public int Column { get; } = column;

    public ObjectPlan? Nested { get; } = nested;
}
