using Zendesk.Singer.Protocol.Maps.Evaluation;
using static Zendesk.Singer.Protocol.Tests.Maps.MapFixtures;

namespace Zendesk.Singer.Protocol.Tests.Maps;

public sealed class EvaluatorTests
{
    private const string User = """{"id": 7, "email": "Ann@Example.com", "name": " Ann ", "score": 2.5, "active": true, "tags": ["a", "b"], "org": {"id": 3}, "nothing": null}""";

    [Fact]
    public void Hashes_are_the_hex_digests_of_the_utf8_text_and_none_stays_none()
    {
        Evaluate("md5(email)", User).ShouldBe("2bd27504149156f0c6c917bf68c8499d");
        Evaluate("md5('hello')").ShouldBe("5d41402abc4b2a76b9719d911017c592");
        Evaluate("sha256('hello')").ShouldBe("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        Evaluate("sha256('é')").ShouldBe("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
        Evaluate("sha256(nothing)", User).ShouldBeNull();
    }

    [Fact]
    public void Properties_are_read_by_name_through_record_and_get()
    {
        Evaluate("email", User).ShouldBe("Ann@Example.com");
        Evaluate("record['id'] + _['id']", User).ShouldBe(14L);
        Evaluate("record.get('missing', 'none')", User).ShouldBe("none");
        Evaluate("record.get('missing')", User).ShouldBeNull();
        Evaluate("org['id']", User).ShouldBe(3L);
        Evaluate("org.get('id')", User).ShouldBe(3L);
        Evaluate("tags[-1]", User).ShouldBe("b");
        Evaluate("declared_but_absent", User).ShouldBeNull();
    }

    [Fact]
    public void Config_self_and_the_stream_names_are_given()
    {
        Evaluate("config['seed'] + email", User, """{"seed": "s-"}""").ShouldBe("s-Ann@Example.com");
        Evaluate("self.lower()", User, property: "email").ShouldBe("ann@example.com");
        Evaluate("self", User, property: "not_there").ShouldBeNull();
        Evaluate("__stream_name__ + '/' + __original_stream_name__").ShouldBe("users/users");
    }

    [Fact]
    public void String_methods_behave_as_in_python()
    {
        Evaluate("email.lower()", User).ShouldBe("ann@example.com");
        Evaluate("email.upper()", User).ShouldBe("ANN@EXAMPLE.COM");
        Evaluate("name.strip()", User).ShouldBe("Ann");
        Evaluate("'xxAxx'.strip('x')").ShouldBe("A");
        Evaluate("email.split('@')[-1]", User).ShouldBe("Example.com");
        Evaluate("len(' a  b '.split())").ShouldBe(2L);
        Evaluate("email.endswith('.com') and email.startswith('Ann')", User).ShouldBe(true);
        Evaluate("email.replace('Example', 'example')", User).ShouldBe("Ann@example.com");
    }

    [Fact]
    public void Conversions_follow_python()
    {
        Evaluate("str(id)", User).ShouldBe("7");
        Evaluate("str(2.0)").ShouldBe("2.0");
        Evaluate("str(None)").ShouldBe("None");
        Evaluate("str(active)", User).ShouldBe("True");
        Evaluate("int(' 42 ')").ShouldBe(42L);
        Evaluate("int(-2.7)").ShouldBe(-2L);
        Evaluate("float('1.5')").ShouldBe(1.5);
        Evaluate("bool('')").ShouldBe(false);
        Evaluate("bool(tags)", User).ShouldBe(true);
        Evaluate("len('héé')").ShouldBe(3L);
    }

    [Fact]
    public void Arithmetic_follows_python()
    {
        Evaluate("7 / 2").ShouldBe(3.5);
        Evaluate("-7 // 2").ShouldBe(-4L);
        Evaluate("-7 % 3").ShouldBe(2L);
        Evaluate("7 % -3").ShouldBe(-2L);
        Evaluate("score * 2", User).ShouldBe(5.0);
        Evaluate("'ab' * 2").ShouldBe("abab");
        Evaluate("True + 1").ShouldBe(2L);
        Evaluate("-id", User).ShouldBe(-7L);
    }

    [Fact]
    public void Comparisons_chain_and_and_or_give_the_deciding_operand()
    {
        Evaluate("1 < id <= 7", User).ShouldBe(true);
        Evaluate("1 < id < 7", User).ShouldBe(false);
        Evaluate("1 == 1.0").ShouldBe(true);
        Evaluate("'a' in tags and 'z' not in tags", User).ShouldBe(true);
        Evaluate("'Example' in email", User).ShouldBe(true);
        Evaluate("'id' in org", User).ShouldBe(true);
        Evaluate("nothing is None and active is not None", User).ShouldBe(true);
        Evaluate("nothing or 'fallback'", User).ShouldBe("fallback");
        Evaluate("name and 0", User).ShouldBe(0L);
        Evaluate("'big' if id > 5 else 'small'", User).ShouldBe("big");
        Evaluate("role in ['admin', 'agent']", """{"role": "agent"}""").ShouldBe(true);
    }

    [Fact]
    public void Objects_and_lists_stay_json()
    {
        Evaluate("org", User).ShouldBe("""{"id": 3}""");
        Evaluate("str(org)", User).ShouldBe("""{"id": 3}""");
    }

    [Theory]
    [InlineData("md5(id)", "md5() needs a string, not 'int' (use md5(str(...)))")]
    [InlineData("email + id", "unsupported operand types for +: 'str' and 'int'")]
    [InlineData("id / 0", "float division by zero")]
    [InlineData("id // 0", "integer division or modulo by zero")]
    [InlineData("int('x1')", "invalid literal for int(): 'x1'")]
    [InlineData("nothing.lower()", "'NoneType' object has no method 'lower'")]
    [InlineData("record['missing']", "key 'missing' not found (use .get('missing') for a key that may be missing)")]
    [InlineData("tags[5]", "list index 5 out of range")]
    [InlineData("emial", "name 'emial' is not defined (not a property of the record)")]
    [InlineData("email < 3", "'<' not supported between instances of 'str' and 'int'")]
    [InlineData("id[0]", "'int' object is not subscriptable")]
    public void A_failure_on_a_record_says_what_went_wrong(string expression, string message)
    {
        Should.Throw<MapEvaluationException>(() => Evaluate(expression, User)).Message.ShouldBe(message);
    }
}
