using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Tests.Calls;

public sealed class IdentifyCallTests
{
    [Fact]
    public void Reads_every_standard_trait()
    {
        var call = Read("""{"userId":"u-1","traits":{"email":"ann@example.com","name":"Ann Lee","organizationId":"77","timezone":"Paris","phone":"+33 1","company":{"id":"acme","remove":true}}}""");

        call.ShouldBe(call with { UserId = "u-1", Email = "ann@example.com", Name = "Ann Lee", OrganizationId = 77, TimeZone = "Paris", Phone = "+33 1", CompanyId = "acme", RemoveFromCompany = true });
        call.Custom.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"firstName":"Ann","lastName":"Lee"}""")]
    [InlineData("""{"first_name":"Ann","last_name":"Lee"}""")]
    public void Joins_first_and_last_name_when_there_is_no_name(string traits) =>
        Read($$"""{"userId":"u-1","traits":{{traits}}}""").Name.ShouldBe("Ann Lee");

    [Fact]
    public void Takes_a_numeric_user_id_as_its_digits() =>
        Read("""{"userId":123,"traits":{"name":"Ann"}}""").UserId.ShouldBe("123");

    [Fact]
    public void Keeps_other_traits_as_custom_fields_keyed_in_snake_case()
    {
        var call = Read("""{"userId":"u-1","traits":{"name":"Ann","favoriteColor":"green","logins":5}}""");

        call.Custom.Select(c => (c.Name, c.FieldKey)).ShouldBe([("favoriteColor", "favorite_color"), ("logins", "logins")]);
    }

    [Fact]
    public void Refuses_a_record_without_any_name() =>
        Should.Throw<CallRefusedException>(() => Read("""{"userId":"u-1","traits":{"email":"ann@example.com"}}""")).Field.ShouldBe("traits.name");

    [Fact]
    public void Refuses_a_record_with_neither_user_id_nor_email() =>
        Should.Throw<CallRefusedException>(() => Read("""{"traits":{"name":"Ann"}}""")).Field.ShouldBe("userId");

    [Fact]
    public void Refuses_an_email_that_is_not_a_string_naming_the_field()
    {
        var refused = Should.Throw<CallRefusedException>(() => Read("""{"userId":"u-1","traits":{"name":"Ann","email":42}}"""));

        refused.Field.ShouldBe("traits.email");
        refused.Message.ShouldBe("field \"traits.email\": must be a string, not a number");
    }

    [Fact]
    public void Refuses_an_organization_id_that_is_not_a_zendesk_id() =>
        Should.Throw<CallRefusedException>(() => Read("""{"userId":"u-1","traits":{"name":"Ann","organizationId":"acme"}}""")).Field.ShouldBe("traits.organizationId");

    private static IdentifyCall Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return IdentifyCall.Read(document.RootElement);
    }
}
