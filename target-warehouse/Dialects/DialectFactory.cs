using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects.DuckDb;
using Zendesk.Singer.Target.Dialects.Postgres;

namespace Zendesk.Singer.Target.Dialects;

internal static class DialectFactory
{
    public static IDialect Create(TargetConfig config) => config.Kind switch
    {
        WarehouseKind.Postgres => new Warehouse(new PostgresEngine(config.Postgres, config.Schema)),
        _ => new Warehouse(new DuckDbEngine(config.DuckDbPath, config.Schema, memoryLimitBytes: config.DuckDbMemoryLimitMb * (1L << 20), rowGroupRows: DuckDbSettings.RowGroupRows(config.BatchSizeRows))),
    };
}
