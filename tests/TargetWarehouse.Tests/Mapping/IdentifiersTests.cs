using System.Text;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Tests.Mapping;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("id", "id")]
    [InlineData("First Name", "first_name")]
    [InlineData("e-mail", "e_mail")]
    [InlineData("a.b", "a_b")]
    [InlineData("camelCaseName", "camel_case_name")]
    [InlineData("HTTPServer", "http_server")]
    [InlineData("ticketID2", "ticket_id2")]
    [InlineData("2fa", "_2fa")]
    [InlineData("", "_")]
    [InlineData("quote\"d", "quote_d")]
    [InlineData("名前", "名前")]
    [InlineData("Größe", "größe")]
    [InlineData("select", "select")]
    [InlineData("😀", "_")]
    public void Conforms_names_to_snake_case_letters_digits_and_underscores(string name, string expected) =>
        Identifiers.Conform(name).ShouldBe(expected);

    [Fact]
    public void Cuts_long_names_at_the_byte_limit_with_a_stable_hash_of_the_original()
    {
        var original = new string('x', 80);

        var cut = Identifiers.Limit(original, original, 63);

        Encoding.UTF8.GetByteCount(cut).ShouldBe(63);
        cut.ShouldBe(new string('x', 54) + "_" + Identifiers.Hash(original));
        Identifiers.Limit(original, original, 63).ShouldBe(cut);
        Identifiers.Limit(original, original + "y", 63).ShouldNotBe(cut);
    }

    [Fact]
    public void Never_cuts_a_multibyte_character_in_half()
    {
        var original = new string('é', 40);

        var cut = Identifiers.Limit(original, original, 63);

        Encoding.UTF8.GetByteCount(cut).ShouldBeLessThanOrEqualTo(63);
        cut.ShouldStartWith(new string('é', 27) + "_");
    }

    [Fact]
    public void Quotes_identifiers_and_doubles_embedded_quotes() =>
        Identifiers.Quote("we\"ird").ShouldBe("\"we\"\"ird\"");
}
