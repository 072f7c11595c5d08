using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

public sealed class DuckDbPipelineTests : PipelineTests
{
    private protected override Warehouse CreateWarehouse() => new DuckDbWarehouse();
}
