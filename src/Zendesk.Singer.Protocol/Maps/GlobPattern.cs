namespace Zendesk.Singer.Protocol.Maps;

/// <summary>Stream name patterns as Python's fnmatch reads them: <c>*</c>, <c>?</c> and <c>[...]</c>, case-sensitive.</summary>
internal static class GlobPattern
{
    public static bool IsPattern(string text) => text.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    public static bool Matches(string pattern, string name) => Matches(pattern.AsSpan(), name.AsSpan());

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> name)
    {
        while (!pattern.IsEmpty)
        {
            switch (pattern[0])
            {
                case '*':
                    pattern = pattern.TrimStart('*');
                    for (var i = 0; i <= name.Length; i++)
                    {
                        if (Matches(pattern, name[i..]))
                        {
                            return true;
                        }
                    }

                    return false;
                case '?':
                    if (name.IsEmpty)
                    {
                        return false;
                    }

                    break;
                case '[' when pattern.IndexOf(']') is > 1 and var end:
                    if (name.IsEmpty || !InSet(pattern[1..end], name[0]))
                    {
                        return false;
                    }

                    pattern = pattern[(end + 1)..];
                    name = name[1..];
                    continue;
                default:
                    if (name.IsEmpty || name[0] != pattern[0])
                    {
                        return false;
                    }

                    break;
            }

            pattern = pattern[1..];
            name = name[1..];
        }

        return name.IsEmpty;
    }

    private static bool InSet(ReadOnlySpan<char> set, char c)
    {
        var negated = set[0] == '!';
        if (negated)
        {
            set = set[1..];
        }

        var found = false;
        for (var i = 0; i < set.Length; i++)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                found |= c >= set[i] && c <= set[i + 2];
                i += 2;
            }
            else
            {
                found |= c == set[i];
            }
        }

        return found != negated;
    }
}
