namespace Zendesk.Singer.Target.Mapping;

internal enum StringFormat
{
    None,
    DateTime,
    Date,
}
