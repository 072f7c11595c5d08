namespace Zendesk.Singer.Destination.Calls;

/// <summary>The three Segment calls the target takes, one input stream each.</summary>
internal enum CallKind
{
    Identify,
    Group,
    Track,
}
