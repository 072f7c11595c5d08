using Zendesk.Singer.Target.Tests.Loading;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Dialects.Postgres;

public sealed class PostgresStreamMapBehaviourTests() : StreamMapBehaviourTests(EngineKind.Postgres);
