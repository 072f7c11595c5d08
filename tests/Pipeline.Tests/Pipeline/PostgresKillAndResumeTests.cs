using Xunit.Abstractions;
using Zendesk.Singer.Pipeline.Tests.Support;

namespace Zendesk.Singer.Pipeline.Tests.Pipeline;

public sealed class PostgresKillAndResumeTests(ITestOutputHelper output) : KillAndResumeTests(output)
{
    private protected override Warehouse CreateWarehouse() => new PostgresWarehouse();
}
