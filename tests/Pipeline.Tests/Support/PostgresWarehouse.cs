using System.Data.Common;
using System.Text.Json.Nodes;
using Zendesk.Singer.Testing;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>A schema of its own on the server that test.sh starts.</summary>
internal sealed class PostgresWarehouse : Warehouse
{
    public override string Name => "PostgreSQL";

    public override string Schema { get; } = TestPostgres.NewSchema("pipeline");

    public override JsonObject ConnectionConfig() => TestPostgres.TargetConfig(Schema);

    public override async ValueTask DisposeAsync() => await TestPostgres.DropSchemaAsync(Schema);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await TestPostgres.OpenAsync(cancellationToken);
}
