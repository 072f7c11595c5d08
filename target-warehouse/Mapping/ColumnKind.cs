namespace Zendesk.Singer.Target.Mapping;

internal enum ColumnKind
{
    BigInt,
    Double,
    Decimal,
    Boolean,
    Timestamp,
    Date,
    Text,
    Json,
}
