using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Target.Mapping;

/// <summary>
/// The properties of one object level. Records of a stream nearly always list their properties in
/// the same order, so the lookup first tries the property after the last one found, comparing raw
/// UTF-8 names, and only then falls back to a dictionary.
/// </summary>
internal sealed class ObjectPlan
{
    private readonly Dictionary<string, int> _byName;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    /// <param name="prefix">The record path of the object with a dot after it ("via."), or empty for the record itself.</param>
    public ObjectPlan(SchemaNode node, IReadOnlyList<PropertyPlan> properties, string prefix = "")
    {
        Node = node;
        Prefix = prefix;

        // An array rather than a list interface: the lookup and the converter index it for every
        // property of every record.
        Properties = [.. properties];
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < properties.Count; i++)
        {
            _byName[properties[i].Name] = i;
        }

        _byChars = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SchemaNode Node { get; }

    public ImmutableArray<PropertyPlan> Properties { get; }

    public string Prefix { get; }

    public int IndexOf(string name) => _byName.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Finds the record property whose name the reader is on; <paramref name="next"/> carries the guess from one call to the next.</summary>
    public int Find(ref Utf8JsonReader reader, ref int next)
    {
        var properties = Properties;
        int index;
        if (reader.ValueIsEscaped)
        {
            index = IndexOf(reader.GetString()!);
        }
        else
        {
            var raw = reader.ValueSpan;
            if ((uint)next < (uint)properties.Length && raw.SequenceEqual(properties[next].Utf8Name))
            {
                return next++;
            }

            Span<char> chars = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
            var count = Encoding.UTF8.GetChars(raw, chars);
            index = _byChars.TryGetValue(chars[..count], out var found) ? found : -1;
        }

        if (index >= 0)
        {
            next = index + 1;
        }

        return index;
    }
}
