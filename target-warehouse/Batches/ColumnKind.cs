namespace Zendesk.Singer.Target.Batches;

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
