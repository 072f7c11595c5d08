namespace Zendesk.Simulator.Data;

/// <summary>The account's custom field definitions and the values records get for them.</summary>
internal static class Fields
{
    public static readonly IReadOnlyList<FieldDefinition> Ticket =
    [
        Define(CatalogKind.TicketField, 1, "product", "Product", "tagger", "product_web", "product_mobile", "product_api", "product_billing"),
        Define(CatalogKind.TicketField, 2, "order_number", "Order number", "text") with { ApiKey = "order_number" },
        Define(CatalogKind.TicketField, 3, "vip", "VIP customer", "checkbox") with { ApiKey = "vip" },
        Define(CatalogKind.TicketField, 4, "refund_amount", "Refund amount", "decimal"),
        Define(CatalogKind.TicketField, 5, "units", "Units affected", "integer") with { ApiKey = "units" },
        Define(CatalogKind.TicketField, 6, "follow_up_date", "Follow-up date", "date"),
        Define(CatalogKind.TicketField, 7, "components", "Components", "multiselect", "comp_ui", "comp_backend", "comp_docs", "comp_billing"),
        Define(CatalogKind.TicketField, 8, "serial_number", "Serial number", "regexp"),
        Define(CatalogKind.TicketField, 9, "internal_summary", "Internal summary", "textarea"),

        // Fields whose names a client must settle: a title that is another field's key, a title that is
        // a ticket property, a title with no Latin letter or digit; and the two remaining types.
        Define(CatalogKind.TicketField, 10, "card_on_file", "Card on file", "partialcreditcard"),
        Define(CatalogKind.TicketField, 11, "related_user", "Related user", "lookup"),
        Define(CatalogKind.TicketField, 12, "units_total", "Units", "integer"),
        Define(CatalogKind.TicketField, 13, "page_url", "URL", "text"),
        Define(CatalogKind.TicketField, 14, "urgency_ja", "緊急度", "text"),
    ];

    public static readonly IReadOnlyList<FieldDefinition> User =
    [
        Define(CatalogKind.UserField, 1, "plan_tier", "Plan tier", "dropdown", "free", "starter", "business", "enterprise"),
        Define(CatalogKind.UserField, 2, "signup_date", "Signup date", "date"),
        Define(CatalogKind.UserField, 3, "lifetime_value", "Lifetime value", "decimal"),
        Define(CatalogKind.UserField, 4, "newsletter", "Newsletter", "checkbox"),
        Define(CatalogKind.UserField, 5, "support_notes", "Support notes", "textarea"),
        Define(CatalogKind.UserField, 6, "employee_number", "Employee number", "integer"),
        Define(CatalogKind.UserField, 7, "account_code", "Account code", "regexp"),
    ];

    public static readonly IReadOnlyList<FieldDefinition> Organization =
    [
        Define(CatalogKind.OrganizationField, 1, "region", "Region", "dropdown", "emea", "amer", "apac"),
        Define(CatalogKind.OrganizationField, 2, "account_manager", "Account manager", "text"),
        Define(CatalogKind.OrganizationField, 3, "seats", "Seats", "integer"),
        Define(CatalogKind.OrganizationField, 4, "arr", "Annual revenue", "decimal"),
        Define(CatalogKind.OrganizationField, 5, "renewal_date", "Renewal date", "date"),
    ];

    public static long CatalogId(CatalogKind kind, int n) => Ids.Catalog + ((long)kind * 1_000_000) + n;

    /// <summary>A value for <paramref name="field"/>: string, long, double, bool, string[] or null.</summary>
    public static object? Value(ref Prng prng, FieldDefinition field, long anchor, bool organizationDates = false) =>
        Generate(ref prng, field, anchor, organizationDates).ToObject(field);

    public static FieldValue Generate(ref Prng prng, FieldDefinition field, long anchor, bool organizationDates = false)
    {
        if (prng.Chance(field.NullShare))
        {
            return new FieldValue(field.Type == "checkbox" ? FieldValueKind.False : FieldValueKind.Null);
        }

        switch (field.Type)
        {
            case "tagger":
            case "dropdown":
                return new FieldValue(FieldValueKind.Option, First: prng.Below(field.Options.Count));
            case "multiselect":
                var first = prng.Below(field.Options.Count);
                return prng.Chance(0.5)
                    ? new FieldValue(FieldValueKind.OneOption, First: first)
                    : new FieldValue(FieldValueKind.TwoOptions, First: first, Second: (first + 1) % field.Options.Count);
            case "checkbox":
                return new FieldValue(prng.Chance(0.3) ? FieldValueKind.True : FieldValueKind.False);
            case "decimal":
                return new FieldValue(FieldValueKind.Decimal, Decimal: Math.Round(prng.Between(100, 2_000_000) / 100.0, 2));
            case "integer":
                return new FieldValue(FieldValueKind.Integer, prng.Between(1, 5000));
            case "date":
                var day = anchor - prng.Between(0, 400 * 86400L);

                // Organization date values come back with an offset, unlike user dates.
                var kind = organizationDates ? FieldValueKind.DateOffset : field.Key == "signup_date" ? FieldValueKind.DateTime : FieldValueKind.Date;
                return new FieldValue(kind, day);
            case "partialcreditcard":
                return new FieldValue(FieldValueKind.CardDigits, prng.Between(1000, 9999));
            case "lookup":
                return new FieldValue(FieldValueKind.Integer, Ids.UserId(prng.Below(10)));
            case "regexp":
                var serial = prng.Between(1000, 9999);
                var letter = prng.Below(26);
                return new FieldValue(FieldValueKind.Serial, serial, First: letter, Second: prng.Below(26));
            case "textarea":
                var note = prng.Below(Words.NoteLines.Length);
                return new FieldValue(FieldValueKind.Note, First: note, Second: prng.Below(Words.AgentLines.Length));
            default:
                if (field.Key == "order_number")
                {
                    return new FieldValue(FieldValueKind.OrderNumber, prng.Between(100000, 999999));
                }

                var firstName = prng.Below(Words.FirstNames.Length);
                return new FieldValue(FieldValueKind.Name, First: firstName, Second: prng.Below(Words.LastNames.Length));
        }
    }

    private static FieldDefinition Define(CatalogKind kind, int n, string key, string title, string type, params string[] options)
    {
        var id = CatalogId(kind, n);
        var list = options.Select((value, i) => new FieldOption(CatalogId(CatalogKind.FieldOption, ((int)kind * 1000) + (n * 50) + i), Title(value), value)).ToArray();
        return new FieldDefinition(id, key, title, type, list, n);
    }

    private static string Title(string value)
    {
        var text = value.Replace('_', ' ');
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
