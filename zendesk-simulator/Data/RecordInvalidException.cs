namespace Zendesk.Simulator.Data;

/// <summary>
/// A write that Zendesk refuses as a validation error: which attribute, Zendesk's description and
/// error code. It is an <see cref="ArgumentException"/>, so the admin API answers it like any bad argument.
/// </summary>
internal sealed class RecordInvalidException(string field, string description, string code) : ArgumentException(description)
{
    public string Field { get; } = field;

    public string Description { get; } = description;

    public string Code { get; } = code;
}
