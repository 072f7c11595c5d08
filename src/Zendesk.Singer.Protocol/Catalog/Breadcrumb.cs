namespace Zendesk.Singer.Protocol.Catalog;

/// <summary>A path into a stream's schema: empty for the stream, ["properties", "a", "properties", "b"] for a.b.</summary>
internal readonly record struct Breadcrumb(IReadOnlyList<string> Parts)
{
    public static Breadcrumb Stream { get; } = new([]);

    public bool IsStream => Parts.Count == 0;

    public Breadcrumb? Parent => Parts.Count switch
    {
        0 => null,
        < 2 => Stream,
        _ => new Breadcrumb(Parts.Take(Parts.Count - 2).ToArray()),
    };

    public static Breadcrumb Property(params string[] path)
    {
        var parts = new string[path.Length * 2];
        for (var i = 0; i < path.Length; i++)
        {
            parts[2 * i] = "properties";
            parts[(2 * i) + 1] = path[i];
        }

        return new Breadcrumb(parts);
    }

    public Breadcrumb Child(string property) => new([.. Parts, "properties", property]);

    public bool Equals(Breadcrumb other) => Parts.SequenceEqual(other.Parts, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in Parts)
        {
            hash.Add(part, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => IsStream ? "(stream)" : string.Join('.', Parts.Where((_, i) => i % 2 == 1));
}
