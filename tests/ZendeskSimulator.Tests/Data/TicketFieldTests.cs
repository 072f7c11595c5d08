using System.Text.Json;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Data;

/// <summary>The custom ticket fields and the values tickets carry for them.</summary>
public sealed class TicketFieldTests
{
    private static readonly string[] CustomTypes =
        ["text", "textarea", "regexp", "partialcreditcard", "tagger", "date", "integer", "decimal", "checkbox", "multiselect", "lookup"];

    [Fact]
    public async Task Every_custom_type_is_defined_some_fields_with_a_key_and_some_without()
    {
        await using var account = await TestAccount.Start(TestAccount.Small);

        var fields = (await account.Get("/api/v2/ticket_fields")).Items("ticket_fields");

        var custom = fields.Where(f => f.GetProperty("removable").GetBoolean()).ToList();
        custom.Select(f => f.Text("type")).Distinct().ShouldBe(CustomTypes, ignoreOrder: true);
        custom.Count(HasKey).ShouldBeInRange(1, custom.Count - 1);
        fields.Where(f => !f.GetProperty("removable").GetBoolean()).Count(HasKey).ShouldBe(0);
        custom.Single(f => f.Text("type") == "lookup").Text("relationship_target_type").ShouldBe("zen:user");
    }

    private static bool HasKey(JsonElement field) => field.TryGetProperty("key", out _);

    [Fact]
    public async Task Tickets_carry_a_value_of_the_field_type_for_every_custom_field()
    {
        await using var account = await TestAccount.Start(TestAccount.Small);
        var types = (await account.Get("/api/v2/ticket_fields")).Items("ticket_fields")
            .Where(f => f.GetProperty("removable").GetBoolean())
            .ToDictionary(f => f.Long("id"), f => f.Text("type")!);

        var tickets = (await account.Get("/api/v2/tickets")).Items("tickets");

        var values = tickets.SelectMany(t => t.GetProperty("custom_fields").EnumerateArray()).ToList();
        tickets.ShouldAllBe(t => t.GetProperty("custom_fields").GetArrayLength() == types.Count);
        foreach (var value in values.Select(v => (Type: types[v.Long("id")], Value: v.GetProperty("value"))).Where(v => v.Value.ValueKind != JsonValueKind.Null))
        {
            var expected = value.Type switch
            {
                "integer" or "decimal" or "lookup" => JsonValueKind.Number,
                "checkbox" => value.Value.ValueKind is JsonValueKind.True ? JsonValueKind.True : JsonValueKind.False,
                "multiselect" => JsonValueKind.Array,
                _ => JsonValueKind.String,
            };
            value.Value.ValueKind.ShouldBe(expected, value.Type);
        }

        values.Where(v => types[v.Long("id")] == "partialcreditcard" && v.GetProperty("value").ValueKind == JsonValueKind.String)
            .ShouldAllBe(v => System.Text.RegularExpressions.Regex.IsMatch(v.GetProperty("value").GetString()!, "^X{12}[0-9]{4}$"));
        values.Where(v => types[v.Long("id")] == "date" && v.GetProperty("value").ValueKind == JsonValueKind.String)
            .ShouldAllBe(v => System.Text.RegularExpressions.Regex.IsMatch(v.GetProperty("value").GetString()!, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    }
}
