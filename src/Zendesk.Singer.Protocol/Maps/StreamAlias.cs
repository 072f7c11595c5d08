using Zendesk.Singer.Protocol.Maps.Evaluation;
using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>
/// An <c>__alias__</c>: an expression when it only uses <c>__stream_name__</c> (so a pattern's
/// entry can name each stream), otherwise the literal new name (<c>users_v2</c>, <c>my-users</c>).
/// </summary>
internal sealed record StreamAlias(string Text, Node? Expression)
{
    public static StreamAlias Of(string text)
    {
        try
        {
            var node = Parser.Parse(text);
            return UsesOnlyStreamName(node) ? new StreamAlias(text, node) : new StreamAlias(text, null);
        }
        catch (MapSyntaxException)
        {
            return new StreamAlias(text, null);
        }
    }

    /// <exception cref="MapEvaluationException">The expression fails or does not give a name.</exception>
    public string NameFor(string stream)
    {
        if (Expression is null)
        {
            return Text;
        }

        // Only __stream_name__ is read, so the record and config are never looked at.
        var value = Evaluator.Evaluate(Expression, new MapScope(default, default, stream, stream, null, new HashSet<string>()));
        return value is string { Length: > 0 } name
            ? name
            : throw new MapEvaluationException($"the alias must be a non-empty string, not '{MapValues.TypeName(value)}'");
    }

    private static bool UsesOnlyStreamName(Node node)
    {
        var names = NodeNames.Of(node).ToList();
        return names.Count > 0 ? names.All(n => n == NameRef.StreamName) : node is Literal { Value: string };
    }
}
