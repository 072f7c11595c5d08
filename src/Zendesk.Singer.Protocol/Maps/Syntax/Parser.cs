namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>
/// Reads one expression of the Python subset maps are written in, with Python's precedence:
/// <c>x if c else y</c>, <c>or</c>, <c>and</c>, <c>not</c>, comparisons (<c>in</c>, <c>is</c>),
/// <c>+ -</c>, <c>* / // %</c>, unary minus, then subscripts and calls. Only the functions and methods of
/// <see cref="Builtins"/> can be called, so nothing else is reachable from an expression.
/// </summary>
internal sealed class Parser
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "lambda", "for", "import", "from", "def", "class", "while", "return", "yield", "await", "async", "with", "as", "del", "global", "nonlocal", "pass", "raise", "try", "except", "finally", "assert", "elif",
    };

    private static readonly string[] ComparisonOperators = ["==", "!=", "<", "<=", ">", ">="];

    private readonly List<Token> _tokens;
    private int _next;

    private Parser(string text) => _tokens = Tokenizer.Read(text);

    /// <exception cref="MapSyntaxException">The text is not an expression this language reads.</exception>
    public static Node Parse(string text)
    {
        var parser = new Parser(text);
        if (parser.Peek.Kind == TokenKind.End)
        {
            throw new MapSyntaxException("empty expression", 1);
        }

        var node = parser.ParseConditional();
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw Unexpected(parser.Peek);
        }

        return node;
    }

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    private bool TakeIf(string op)
    {
        if (Peek.Is(op))
        {
            _next++;
            return true;
        }

        return false;
    }

    private void Expect(string op)
    {
        if (!TakeIf(op))
        {
            throw new MapSyntaxException($"expected \"{op}\" but found {Describe(Peek)}", Peek.Column);
        }
    }

    private Node ParseConditional()
    {
        var then = ParseOr();
        if (!Peek.Is("if"))
        {
            return then;
        }

        var column = Take().Column;
        var test = ParseOr();
        Expect("else");
        var otherwise = ParseConditional();
        return new Conditional(test, then, otherwise, column);
    }

    private Node ParseOr()
    {
        var left = ParseAnd();
        while (Peek.Is("or"))
        {
            var column = Take().Column;
            left = new Logical("or", left, ParseAnd(), column);
        }

        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseNot();
        while (Peek.Is("and"))
        {
            var column = Take().Column;
            left = new Logical("and", left, ParseNot(), column);
        }

        return left;
    }

    private Node ParseNot()
    {
        if (Peek.Is("not"))
        {
            var column = Take().Column;
            return new Unary("not", ParseNot(), column);
        }

        return ParseComparison();
    }

    private Node ParseComparison()
    {
        var first = ParseArithmetic();
        var operands = new List<Node> { first };
        var operators = new List<string>();
        while (TryTakeComparison(out var op))
        {
            operators.Add(op);
            operands.Add(ParseArithmetic());
        }

        return operators.Count == 0 ? first : new Comparison(operands, operators, first.Column);
    }

    private bool TryTakeComparison(out string op)
    {
        var token = Peek;
        op = "";
        if (token.Kind == TokenKind.Operator && ComparisonOperators.Contains(token.Text))
        {
            op = Take().Text;
        }
        else if (token.Is("in"))
        {
            _next++;
            op = "in";
        }
        else if (token.Is("not") && _tokens[_next + 1].Is("in"))
        {
            _next += 2;
            op = "not in";
        }
        else if (token.Is("is"))
        {
            _next++;
            op = TakeIf("not") ? "is not" : "is";
        }

        return op.Length > 0;
    }

    private Node ParseArithmetic()
    {
        var left = ParseTerm();
        while (Peek.Is("+") || Peek.Is("-"))
        {
            var op = Take();
            left = new Binary(op.Text, left, ParseTerm(), op.Column);
        }

        return left;
    }

    private Node ParseTerm()
    {
        var left = ParseUnary();
        while (Peek.Is("*") || Peek.Is("/") || Peek.Is("//") || Peek.Is("%"))
        {
            var op = Take();
            left = new Binary(op.Text, left, ParseUnary(), op.Column);
        }

        return left;
    }

    private Node ParseUnary()
    {
        if (Peek.Is("-") || Peek.Is("+"))
        {
            var op = Take();
            return new Unary(op.Text, ParseUnary(), op.Column);
        }

        return ParsePostfix();
    }

    private Node ParsePostfix()
    {
        var node = ParseAtom();
        while (true)
        {
            if (Peek.Is("["))
            {
                var column = Take().Column;
                var index = ParseConditional();
                if (Peek.Is(":"))
                {
                    throw new MapSyntaxException("slices are not supported", Peek.Column);
                }

                Expect("]");
                node = new Subscript(node, index, column);
            }
            else if (Peek.Is("."))
            {
                Take();
                var name = Take();
                if (name.Kind != TokenKind.Name)
                {
                    throw new MapSyntaxException($"expected a method name but found {Describe(name)}", name.Column);
                }

                if (!Peek.Is("("))
                {
                    throw new MapSyntaxException($"attribute \"{name.Text}\" is not supported (only method calls such as .lower())", name.Column);
                }

                if (!Builtins.Methods.TryGetValue(name.Text, out var arity))
                {
                    throw new MapSyntaxException($"unknown method \"{name.Text}\"", name.Column);
                }

                var arguments = ParseArguments(name, arity);
                node = new MethodCall(node, name.Text, arguments, name.Column);
            }
            else if (Peek.Is("("))
            {
                throw new MapSyntaxException("only the built-in functions can be called", Peek.Column);
            }
            else
            {
                return node;
            }
        }
    }

    private List<Node> ParseArguments(Token name, (int Min, int Max) arity)
    {
        Expect("(");
        var arguments = new List<Node>();
        while (!Peek.Is(")"))
        {
            arguments.Add(ParseConditional());
            if (!TakeIf(","))
            {
                break;
            }
        }

        Expect(")");
        if (arguments.Count < arity.Min || arguments.Count > arity.Max)
        {
            var expected = arity.Min == arity.Max ? $"{arity.Min}" : $"{arity.Min} to {arity.Max}";
            throw new MapSyntaxException($"\"{name.Text}\" takes {expected} argument{(arity.Max == 1 ? "" : "s")}, not {arguments.Count}", name.Column);
        }

        return arguments;
    }

    private Node ParseAtom()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new Literal(token.Value, token.Column);
            case TokenKind.String:
                // Adjacent strings join, as in Python.
                var text = token.Text;
                while (Peek.Kind == TokenKind.String)
                {
                    text += Take().Text;
                }

                return new Literal(text, token.Column);
            case TokenKind.Name:
                return NameAtom(token);
            case TokenKind.Operator when token.Text == "(":
                var inner = ParseConditional();
                Expect(")");
                return inner;
            case TokenKind.Operator when token.Text == "[":
                var items = new List<Node>();
                while (!Peek.Is("]"))
                {
                    items.Add(ParseConditional());
                    if (!TakeIf(","))
                    {
                        break;
                    }
                }

                Expect("]");
                return new ListLiteral(items, token.Column);
            default:
                throw Unexpected(token);
        }
    }

    private Node NameAtom(Token token)
    {
        switch (token.Text)
        {
            case "True":
                return new Literal(true, token.Column);
            case "False":
                return new Literal(false, token.Column);
            case "None":
                return new Literal(null, token.Column);
            case "if" or "else" or "and" or "or" or "not" or "in" or "is":
                throw Unexpected(token);
        }

        if (Reserved.Contains(token.Text))
        {
            throw new MapSyntaxException($"\"{token.Text}\" is not supported", token.Column);
        }

        if (!Peek.Is("("))
        {
            return new NameRef(token.Text, token.Column);
        }

        if (!Builtins.Functions.TryGetValue(token.Text, out var arity))
        {
            throw new MapSyntaxException($"unknown function \"{token.Text}\"", token.Column);
        }

        return new FunctionCall(token.Text, ParseArguments(token, arity), token.Column);
    }

    private static MapSyntaxException Unexpected(Token token) =>
        new(token.Kind == TokenKind.End ? "unexpected end of expression" : $"unexpected {Describe(token)}", token.Column);

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end",
        TokenKind.String => "a string",
        _ => $"\"{token.Text}\"",
    };
}
