using System.Text;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// The properties a record must not carry: fields deselected in the catalog and fields the tap drops
/// (ticket <c>fields</c>, the side-loaded <c>metric_set</c>). A property maps to null when it is dropped
/// whole, or to a nested filter when only some of its own properties are.
/// </summary>
internal sealed class FieldFilter
{
    private readonly List<(string Name, byte[] Utf8, FieldFilter? Nested)> _excluded = [];

    public static FieldFilter None { get; } = new();

    public bool IsEmpty => _excluded.Count == 0;

    public IEnumerable<string> Names => _excluded.Select(e => e.Name);

    public static FieldFilter Of(params string[] dropped)
    {
        var filter = new FieldFilter();
        foreach (var name in dropped)
        {
            filter.Exclude([name]);
        }

        return filter;
    }

    /// <summary>Excludes the property at <paramref name="path"/> (top-level name first).</summary>
    public void Exclude(IReadOnlyList<string> path)
    {
        if (path.Count == 0)
        {
            return;
        }

        var index = _excluded.FindIndex(e => e.Name == path[0]);
        if (path.Count == 1)
        {
            if (index >= 0)
            {
                _excluded[index] = (path[0], _excluded[index].Utf8, null);
            }
            else
            {
                _excluded.Add((path[0], Encoding.UTF8.GetBytes(path[0]), null));
            }

            return;
        }

        if (index < 0)
        {
            _excluded.Add((path[0], Encoding.UTF8.GetBytes(path[0]), new FieldFilter()));
            index = _excluded.Count - 1;
        }

        // A property already dropped whole stays dropped.
        _excluded[index].Nested?.Exclude([.. path.Skip(1)]);
    }

    /// <summary>Whether the property of this unescaped UTF-8 name is excluded: dropped whole (no nested filter), or filtered inside.</summary>
    public bool Match(ReadOnlySpan<byte> utf8Name, out FieldFilter? nested)
    {
        foreach (var (_, utf8, inner) in _excluded)
        {
            if (utf8Name.SequenceEqual(utf8))
            {
                nested = inner;
                return true;
            }
        }

        nested = null;
        return false;
    }

    public bool Excludes(string name) => _excluded.Exists(e => e.Name == name && e.Nested is null);
}
