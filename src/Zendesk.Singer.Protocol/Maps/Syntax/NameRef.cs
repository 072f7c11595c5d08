namespace Zendesk.Singer.Protocol.Maps.Syntax;

/// <summary>A bare name: a record property, or one of the names every expression has (<c>record</c>, <c>config</c>...).</summary>
internal sealed record NameRef(string Name, int Column) : Node(Column)
{
    public const string Record = "record";
    public const string RecordShort = "_";
    public const string Config = "config";
    public const string Self = "self";
    public const string StreamName = "__stream_name__";
    public const string OriginalStreamName = "__original_stream_name__";

    /// <summary>Whether the name is a record property rather than one of the given names.</summary>
    public bool IsProperty => Name is not (Record or RecordShort or Config or Self or StreamName or OriginalStreamName);
}
