namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>The fixed table of what an expression may call, with how many arguments each takes.</summary>
internal static class Builtins
{
    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Functions = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["md5"] = (1, 1),
        ["sha256"] = (1, 1),
        ["str"] = (0, 1),
        ["int"] = (0, 1),
        ["float"] = (0, 1),
        ["bool"] = (0, 1),
        ["len"] = (1, 1),
    };

    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Methods = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["lower"] = (0, 0),
        ["upper"] = (0, 0),
        ["strip"] = (0, 1),
        ["lstrip"] = (0, 1),
        ["rstrip"] = (0, 1),
        ["startswith"] = (1, 1),
        ["endswith"] = (1, 1),
        ["replace"] = (2, 2),
        ["split"] = (0, 2),
        ["get"] = (1, 2),
    };
}
