using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>POST /api/v2/user_fields and /api/v2/organization_fields, and what records do with a new key.</summary>
public sealed class WriteEndpointsFieldsTests
{
    private const string UserFields = "/api/v2/user_fields";

    private const string OrganizationFields = "/api/v2/organization_fields";

    private static string UserField(string key, string type = "text", string title = "Loyalty tier") =>
        $$$"""{"user_field":{"type":"{{{type}}}","title":"{{{title}}}","key":"{{{key}}}"}}""";

    [Fact]
    public async Task A_created_user_field_answers_201_and_shows_in_the_field_list()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(UserFields, UserField("loyalty_tier"));

        reply.Status.ShouldBe(HttpStatusCode.Created, reply.Body);
        var field = reply["user_field"];
        field.Text("key").ShouldBe("loyalty_tier");
        field.Text("type").ShouldBe("text");
        field.Text("title").ShouldBe("Loyalty tier");
        field.GetProperty("active").GetBoolean().ShouldBeTrue();
        field.Text("url").ShouldBe($"{account.Host.BaseUrl}/api/v2/user_fields/{field.Long("id")}.json");
        var listed = await Lists.WalkOffset(account, UserFields, "user_fields");
        listed.Select(f => f.Text("key")).ShouldContain("loyalty_tier");
        (await account.Get($"{UserFields}?page[size]=100")).Items("user_fields").Last().Text("key").ShouldBe("loyalty_tier");
    }

    [Fact]
    public async Task Every_user_shows_a_new_field_as_null_until_it_is_written()
    {
        await using var account = await TestAccount.Start();
        await account.Post(UserFields, UserField("loyalty_tier"));
        var existing = (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

        var updated = await account.Post("/api/v2/users/create_or_update", $$$"""{"user":{"email":"{{{existing.Text("email")}}}","user_fields":{"loyalty_tier":"gold"} } }""");
        var created = await account.Post("/api/v2/users/create_or_update", """{"user":{"name":"Ann","email":"ann@new.example"}}""");

        existing.GetProperty("user_fields").GetProperty("loyalty_tier").ValueKind.ShouldBe(JsonValueKind.Null);
        updated["user"].GetProperty("user_fields").Text("loyalty_tier").ShouldBe("gold");
        created["user"].GetProperty("user_fields").GetProperty("loyalty_tier").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_user_fields_key_no_field_has_is_ignored_and_the_others_are_written()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post("/api/v2/users/create_or_update", """{"user":{"name":"Ann","email":"ann@new.example","user_fields":{"no_such_field":"x","plan_tier":"business"}}}""");

        reply.Status.ShouldBe(HttpStatusCode.Created);
        var fields = reply["user"].GetProperty("user_fields");
        fields.TryGetProperty("no_such_field", out _).ShouldBeFalse();
        fields.Text("plan_tier").ShouldBe("business");
    }

    [Fact]
    public async Task A_key_that_exists_is_refused_with_422_whatever_its_case()
    {
        await using var account = await TestAccount.Start();
        await account.Post(UserFields, UserField("loyalty_tier"));

        var again = await account.Post(UserFields, UserField("Loyalty_Tier"));
        var generated = await account.Post(UserFields, UserField("plan_tier"));

        again.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        again.Body.ShouldBe("""{"error":"RecordInvalid","description":"Record validation errors","details":{"key":[{"description":"Key: has already been taken","error":"DuplicateValue"}]}}""");
        generated.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("dash-ed")]
    [InlineData("12345")]
    public async Task A_key_of_other_than_letters_numbers_and_underscores_or_of_numbers_only_is_refused_with_422(string key)
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Post(UserFields, UserField(key));

        reply.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reply["details"].GetProperty("key")[0].Text("error").ShouldBe("InvalidValue");
    }

    [Fact]
    public async Task A_field_without_a_title_or_key_or_of_a_type_the_simulator_does_not_create_is_refused_with_422()
    {
        await using var account = await TestAccount.Start();

        var untitled = await account.Post(UserFields, """{"user_field":{"type":"text","key":"untitled"}}""");
        var keyless = await account.Post(UserFields, """{"user_field":{"type":"text","title":"Keyless"}}""");
        var dropdown = await account.Post(UserFields, UserField("tier_choice", type: "dropdown"));

        untitled["details"].GetProperty("title")[0].Text("error").ShouldBe("BlankValue");
        keyless["details"].GetProperty("key")[0].Text("error").ShouldBe("BlankValue");
        dropdown.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        dropdown["details"].GetProperty("type")[0].Text("error").ShouldBe("InvalidValue");
    }

    [Fact]
    public async Task A_created_organization_field_is_listed_and_written_by_the_organization_upsert()
    {
        await using var account = await TestAccount.Start();

        var created = await account.Post(OrganizationFields, """{"organization_field":{"type":"integer","title":"Employees","key":"employees"}}""");
        var upserted = await account.Post("/api/v2/organizations/create_or_update", """{"organization":{"name":"Fields Co","organization_fields":{"employees":250}}}""");
        var generated = (await account.Get("/api/v2/organizations")).Items("organizations")[0];

        created.Status.ShouldBe(HttpStatusCode.Created, created.Body);
        created["organization_field"].Text("type").ShouldBe("integer");
        (await account.Get(OrganizationFields)).Items("organization_fields").Select(f => f.Text("key")).ShouldContain("employees");
        upserted["organization"].GetProperty("organization_fields").Long("employees").ShouldBe(250);
        generated.GetProperty("organization_fields").GetProperty("employees").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task On_a_plan_without_custom_fields_creating_one_answers_403()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Plan = Zendesk.Simulator.Hosting.ZendeskPlan.Team });

        var reply = await account.Post(UserFields, UserField("loyalty_tier"));

        reply.Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
