using System.Text;

namespace Zendesk.Singer.Destination.Calls;

/// <summary>Trait names as Zendesk field keys: camelCase becomes snake_case, as Segment's destination converts them.</summary>
internal static class FieldKeys
{
    /// <example><c>favoriteColor</c> → <c>favorite_color</c>; <c>planID</c> → <c>plan_id</c>; <c>HTTPServer</c> → <c>http_server</c>; <c>plan_tier</c> stays.</example>
    public static string SnakeCase(string name)
    {
        var key = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var afterLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((afterLower || endsAcronym) && key.Length > 0 && key[^1] != '_')
                {
                    key.Append('_');
                }

                key.Append(char.ToLowerInvariant(c));
            }
            else
            {
                key.Append(c is ' ' or '-' ? '_' : c);
            }
        }

        return key.ToString();
    }
}
