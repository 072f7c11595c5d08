using Zendesk.Singer.Tap.Discovery;

namespace Zendesk.Singer.Tap.Tests.Discovery;

public sealed class TicketFieldNamesTests
{
    private static readonly HashSet<string> Reserved = ["subject", "url", "fields"];

    [Theory]
    [InlineData("Order number", "order_number")]
    [InlineData("  Follow-up date (UTC) ", "follow_up_date_utc")]
    [InlineData("VIP?!", "vip")]
    [InlineData("standard::multi_recipient", "standard_multi_recipient")]
    [InlineData("Café Größe 2", "caf_gr_e_2")]
    [InlineData("緊急度", "")]
    [InlineData("", "")]
    public void Snake_case_lowers_and_joins_the_runs_of_letters_and_digits(string text, string expected)
    {
        TicketFieldNames.SnakeCase(text).ShouldBe(expected);
    }

    [Fact]
    public void A_key_names_the_field_before_its_title()
    {
        Assign(new(1, "plan_code", "Plan", "text"), new(2, null, "Plan", "text")).ShouldBe(["plan_code", "plan"]);
    }

    [Fact]
    public void A_name_that_is_a_ticket_property_or_a_dropped_one_takes_the_field_id()
    {
        Assign(new(7, null, "URL", "text"), new(8, "Subject", null, "text"), new(9, null, "Fields", "text")).ShouldBe(["url_7", "subject_8", "fields_9"]);
    }

    [Fact]
    public void Every_field_sharing_a_name_takes_its_id_whatever_their_order()
    {
        Assign(new(5, "units", "Units affected", "integer"), new(12, null, "Units", "integer")).ShouldBe(["units_5", "units_12"]);
        Assign(new(12, null, "Units", "integer"), new(5, "units", "Units affected", "integer")).ShouldBe(["units_12", "units_5"]);
    }

    [Fact]
    public void A_name_left_empty_is_custom_field_and_the_id()
    {
        Assign(new(14, null, "緊急度", "text"), new(15, "--", "Notes", "text")).ShouldBe(["custom_field_14", "custom_field_15"]);
    }

    [Fact]
    public void A_suffixed_name_that_another_field_holds_takes_the_id_again()
    {
        // Field 7's key is url_8, the name field 8's title takes once suffixed.
        Assign(new(7, "url_8", "Link", "text"), new(8, null, "URL", "text")).ShouldBe(["url_8", "url_8_8"]);
    }

    private static IReadOnlyList<string> Assign(params TicketFieldDefinition[] fields) => TicketFieldNames.Assign(fields, Reserved);
}
