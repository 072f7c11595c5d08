namespace Zendesk.Singer.Target.Configuration;

internal enum LoadMethod
{
    Upsert,
    AppendOnly,
    Overwrite,
}
