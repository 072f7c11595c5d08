namespace Zendesk.Singer.Target.Mapping;

/// <summary>A record value that does not fit its schema or column; the caller adds the line and stream.</summary>
internal sealed class RecordException(string field, string problem) : Exception($"field \"{field}\": {problem}")
{
    public string Field { get; } = field;

    public string Problem { get; } = problem;
}
