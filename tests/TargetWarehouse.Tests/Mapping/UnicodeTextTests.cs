using System.Text;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Tests.Mapping;

public sealed class UnicodeTextTests
{
    [Theory]
    [InlineData("""{"a":"plain","b":["Zoë","日本"]}""", true)]
    [InlineData("""{"a":"\ud83c\udf89"}""", true)]
    [InlineData("""{"a":"\\ud800 is only text"}""", true)]
    [InlineData("""{"a":"\\\ud83c\udf89"}""", true)]
    [InlineData("""{"a":"\ud83c"}""", false)]
    [InlineData("""{"a":"\udf89 first"}""", false)]
    [InlineData("""{"a":"\ud83c\n"}""", false)]
    [InlineData("""{"a":"\ud83c\ud83c"}""", false)]
    [InlineData("""["\ud83c","\udf89"]""", false)]
    public void Json_is_valid_text_only_when_every_escaped_surrogate_has_its_other_half(string json, bool valid) =>
        UnicodeText.IsValidJson(Encoding.UTF8.GetBytes(json)).ShouldBe(valid);

    [Fact]
    public void Json_with_invalid_utf8_is_not_valid_text() =>
        UnicodeText.IsValidJson([.. "{\"a\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}"u8.ToArray()]).ShouldBeFalse();
}
