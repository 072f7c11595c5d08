namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>A node of a parsed expression; <see cref="Column"/> places it in the text for errors.</summary>
internal abstract record Node(int Column);
