namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>One token of an expression.</summary>
/// <param name="Text">The operator or name as written; a string literal's decoded content.</param>
/// <param name="Column">The 1-based column of its first character, for error messages.</param>
/// <param name="Value">A number literal's value: a long or a double.</param>
internal readonly record struct Token(TokenKind Kind, string Text, int Column, object? Value = null)
{
    public bool Is(string op) => Kind is TokenKind.Operator or TokenKind.Name && Text == op;
}
