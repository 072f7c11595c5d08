using Zendesk.Singer.Protocol.Maps.Syntax;

namespace Zendesk.Singer.Protocol.Tests.Maps;

public sealed class ParserTests
{
    [Fact]
    public void Arithmetic_binds_tighter_than_comparison_which_binds_tighter_than_and_or()
    {
        var node = Parser.Parse("a + b * 2 > 3 and not c or d");

        var or = node.ShouldBeOfType<Logical>();
        or.Operator.ShouldBe("or");
        var and = or.Left.ShouldBeOfType<Logical>();
        and.Operator.ShouldBe("and");
        var comparison = and.Left.ShouldBeOfType<Comparison>();
        var sum = comparison.Operands[0].ShouldBeOfType<Binary>();
        sum.Operator.ShouldBe("+");
        sum.Right.ShouldBeOfType<Binary>().Operator.ShouldBe("*");
        and.Right.ShouldBeOfType<Unary>().Operator.ShouldBe("not");
    }

    [Fact]
    public void A_conditional_reads_its_value_first_then_the_test()
    {
        var node = Parser.Parse("'vip' if role == 'admin' else 'user'").ShouldBeOfType<Conditional>();

        node.Then.ShouldBe(new Literal("vip", 1));
        node.Test.ShouldBeOfType<Comparison>().Operators.ShouldBe(["=="]);
        node.Otherwise.ShouldBe(new Literal("user", 31));
    }

    [Fact]
    public void Not_in_and_is_not_are_single_comparisons()
    {
        Parser.Parse("a not in b").ShouldBeOfType<Comparison>().Operators.ShouldBe(["not in"]);
        Parser.Parse("a is not None").ShouldBeOfType<Comparison>().Operators.ShouldBe(["is not"]);
    }

    [Fact]
    public void Methods_subscripts_and_calls_chain()
    {
        var node = Parser.Parse("md5(record['email'].lower().split('@')[-1])").ShouldBeOfType<FunctionCall>();

        node.Name.ShouldBe("md5");
        var index = node.Arguments[0].ShouldBeOfType<Subscript>();
        index.Index.ShouldBeOfType<Unary>();
        index.Target.ShouldBeOfType<MethodCall>().Name.ShouldBe("split");
    }

    [Theory]
    [InlineData("md6(email)", "unknown function \"md6\" at column 1")]
    [InlineData("email.lowercase()", "unknown method \"lowercase\" at column 7")]
    [InlineData("email.domain", "attribute \"domain\" is not supported (only method calls such as .lower()) at column 7")]
    [InlineData("'abc", "unterminated string at column 1")]
    [InlineData("a +", "unexpected end of expression at column 4")]
    [InlineData("(a", "expected \")\" but found the end at column 3")]
    [InlineData("a ; b", "unexpected character ';' at column 3")]
    [InlineData("x[1:2]", "slices are not supported at column 4")]
    [InlineData("email.replace('a')", "\"replace\" takes 2 arguments, not 1 at column 7")]
    [InlineData("sha256()", "\"sha256\" takes 1 argument, not 0 at column 1")]
    [InlineData("config.__class__()", "unknown method \"__class__\" at column 8")]
    [InlineData("lambda: 1", "\"lambda\" is not supported at column 1")]
    [InlineData("email()", "unknown function \"email\" at column 1")]
    [InlineData("record['a']()", "only the built-in functions can be called at column 12")]
    [InlineData("", "empty expression at column 1")]
    public void An_expression_it_cannot_read_is_refused_with_the_column(string expression, string message)
    {
        Should.Throw<MapSyntaxException>(() => Parser.Parse(expression)).Message.ShouldBe(message);
    }

    [Fact]
    public void Strings_take_both_quotes_and_escapes_and_adjacent_strings_join()
    {
        Parser.Parse("\"it's\" 'a \\'b\\' \\n'").ShouldBe(new Literal("it'sa 'b' \n", 1));
    }

    [Fact]
    public void Numbers_are_integers_unless_they_have_a_point_or_an_exponent()
    {
        Parser.Parse("12").ShouldBe(new Literal(12L, 1));
        Parser.Parse("1.5").ShouldBe(new Literal(1.5, 1));
        Parser.Parse("1e3").ShouldBe(new Literal(1000.0, 1));
    }
}
