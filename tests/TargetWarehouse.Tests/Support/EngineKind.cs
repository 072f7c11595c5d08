namespace Zendesk.Singer.Target.Tests.Support;

public enum EngineKind
{
    DuckDb,
    Postgres,
}
