using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Zendesk.Singer.Testing;

namespace Zendesk.Singer.Target.Tests.Support;

/// <summary>A schema of its own on the server test.sh starts, so that tests run in parallel.</summary>
internal sealed class PostgresTestEngine : TestEngine
{
    public override string Schema { get; } = TestPostgres.NewSchema("tw_test");

    public override JsonObject Config() => TestPostgres.TargetConfig(Schema);

    public override async Task<DbConnection> OpenAsync() => await TestPostgres.OpenAsync(CancellationToken.None);

    public override async ValueTask DisposeAsync() => await TestPostgres.DropSchemaAsync(Schema);

    protected override string LogicalType(string dataType, int? scale) => dataType switch
    {
        "bigint" => "integer",
        "double precision" => "number",
        "boolean" => "boolean",
        "timestamp with time zone" => "timestamp",
        "date" => "date",
        "text" => "text",
        "jsonb" => "json",
        "numeric" => string.Create(CultureInfo.InvariantCulture, $"decimal(38,{scale})"),
        _ => "unexpected " + dataType,
    };
}
