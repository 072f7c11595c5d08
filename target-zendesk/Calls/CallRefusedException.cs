namespace Zendesk.Singer.Destination.Calls;

/// <summary>A record that is not a call of its stream's kind: names the field and what is wrong with it.</summary>
internal sealed class CallRefusedException(string field, string problem) : Exception($"field \"{field}\": {problem}")
{
    public string Field { get; } = field;
}
