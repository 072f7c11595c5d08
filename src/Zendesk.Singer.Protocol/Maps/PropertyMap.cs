using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Maps;

/// <summary>One property entry of a stream map: an expression that gives the property its value, or its removal.</summary>
/// <param name="Expression">The parsed expression, or null when the property is removed.</param>
internal sealed record PropertyMap(string Name, string? Text, Node? Expression)
{
    public bool Removes => Expression is null;
}
