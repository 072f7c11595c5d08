using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Tests.Calls;

public sealed class GroupCallTests
{
    [Fact]
    public void Reads_the_organization_traits()
    {
        var call = Read("""{"groupId":42,"userId":"u-1","traits":{"name":"Acme","domainNames":["acme.com","acme.org"],"tags":"vip gold","deleted":false,"industry":"tools"}}""");

        call.GroupId.ShouldBe("42");
        call.UserId.ShouldBe("u-1");
        call.Name.ShouldBe("Acme");
        call.DomainNames.ShouldBe(["acme.com", "acme.org"]);
        call.Tags.ShouldBe(["vip", "gold"]);
        call.Deleted.ShouldBeFalse();
        call.Custom.ShouldHaveSingleItem().FieldKey.ShouldBe("industry");
    }

    [Fact]
    public void Refuses_a_record_without_group_id() =>
        Should.Throw<CallRefusedException>(() => Read("""{"userId":"u-1","traits":{"name":"Acme"}}""")).Field.ShouldBe("groupId");

    [Fact]
    public void Refuses_tags_that_are_not_strings() =>
        Should.Throw<CallRefusedException>(() => Read("""{"groupId":"g","traits":{"tags":[1,2]}}""")).Field.ShouldBe("traits.tags");

    private static GroupCall Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return GroupCall.Read(document.RootElement);
    }
}
