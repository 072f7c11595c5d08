using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

public sealed class PostgresPipelineTests : PipelineTests
{
    private protected override Warehouse CreateWarehouse() => new PostgresWarehouse();
}
