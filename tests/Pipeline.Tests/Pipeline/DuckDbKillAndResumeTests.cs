using Xunit.Abstractions;
using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

public sealed class DuckDbKillAndResumeTests(ITestOutputHelper output) : KillAndResumeTests(output)
{
    private protected override Warehouse CreateWarehouse() => new DuckDbWarehouse();
}
