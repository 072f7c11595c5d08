namespace Zendesk.Simulator.Data;

/// <summary>What a generated custom field value is, and how its text is made.</summary>
internal enum FieldValueKind : byte
{
    Null,
    False,
    True,

    /// <summary>One option's value (tagger, dropdown).</summary>
    Option,

    /// <summary>A multiselect of one option.</summary>
    OneOption,

    /// <summary>A multiselect of two options.</summary>
    TwoOptions,
    Decimal,
    Integer,

    /// <summary>yyyy-MM-dd.</summary>
    Date,

    /// <summary>yyyy-MM-ddT00:00:00Z (user signup dates).</summary>
    DateTime,

    /// <summary>yyyy-MM-ddT00:00:00+00:00 (organization dates).</summary>
    DateOffset,

    /// <summary>SN-dddd-XY (regexp fields).</summary>
    Serial,

    /// <summary>A note line and an agent line (textarea).</summary>
    Note,

    /// <summary>ORD-dddddd.</summary>
    OrderNumber,

    /// <summary>XXXXXXXXXXXX and four digits (partial credit card fields).</summary>
    CardDigits,

    /// <summary>A first and a last name (other text fields).</summary>
    Name,
}
