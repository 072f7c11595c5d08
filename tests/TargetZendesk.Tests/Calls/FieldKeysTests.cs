using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Tests.Calls;

public sealed class FieldKeysTests
{
    [Theory]
    [InlineData("favoriteColor", "favorite_color")]
    [InlineData("planID", "plan_id")]
    [InlineData("HTTPServer", "http_server")]
    [InlineData("plan_tier", "plan_tier")]
    [InlineData("logins", "logins")]
    [InlineData("address2Line", "address2_line")]
    [InlineData("Plan Tier", "plan_tier")]
    public void Turns_camel_case_trait_names_into_snake_case_field_keys(string trait, string key) =>
        FieldKeys.SnakeCase(trait).ShouldBe(key);
}
