using Zendesk.Singer.Target.Tests.Loading;
using Zendesk.Singer.Target.Tests.Support;

namespace Zendesk.Singer.Target.Tests.Dialects.DuckDb;

public sealed class DuckDbStreamMapBehaviourTests() : StreamMapBehaviourTests(EngineKind.DuckDb);
