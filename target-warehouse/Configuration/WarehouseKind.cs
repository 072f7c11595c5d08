namespace Zendesk.Singer.Target.Configuration;

internal enum WarehouseKind
{
    DuckDb,
    Postgres,
}
