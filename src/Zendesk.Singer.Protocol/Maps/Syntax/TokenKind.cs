namespace Zendesk.Singer.Protocol.Maps.Syntax;

internal enum TokenKind
{
    Number,
    String,
    Name,
    Operator,
    End,
}
